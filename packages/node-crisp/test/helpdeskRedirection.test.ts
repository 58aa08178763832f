/**
 * Helpdesk Redirection resource. The seed has one redirection: /old-install → /en/article/install.
 */
import { jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const W = () => `/v1/website/${h.fake.websiteId}`;
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'helpdeskRedirection', operation, ...parameters });
const redirections = () => h.fake.site().helpdesk!.redirections;
const seeded = () => [...redirections().values()][0];

describe('helpdesk redirection', () => {
	it('getAll: Return All reads pages until an empty one (20 per page on the fake)', async () => {
		for (let i = 0; i < 24; i++) await run('add', { redirectionPath: `/old-${i}`, target: `/en/article/new-${i}` });
		h.fake.clearLog();
		const items = await run('getAll', { returnAll: true });
		expect(h.requests().map((r) => r.path)).toEqual([1, 2, 3].map((n) => `${W()}/helpdesk/redirections/${n}`));
		expect(jsonOf(items)).toEqual([...redirections().values()]);
		expect(items).toHaveLength(25);
	});

	it('getAll: Limit reads only the pages it needs', async () => {
		const items = await run('getAll', { returnAll: false, limit: 1 });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/redirections/1`, query: {} }]);
		expect(jsonOf(items)).toEqual([seeded()]);
	});

	it('add: POST {path, target}; gives the new redirection_id', async () => {
		const items = await run('add', { redirectionPath: '/pricing-old', target: 'https://acme.example/pricing' });
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/helpdesk/redirection`, query: {}, body: { path: '/pricing-old', target: 'https://acme.example/pricing' } }]);
		const created = [...redirections().values()].find((r) => r.path === '/pricing-old')!;
		expect(jsonOf(items)).toEqual([{ success: true, redirection_id: created.redirection_id, path: '/pricing-old', target: 'https://acme.example/pricing' }]);
		await refused(h, { resource: 'helpdeskRedirection', operation: 'add', redirectionPath: '/x' }, 'Target', /is required/);
	});

	it('get: GET /helpdesk/redirection/{redirectionId}', async () => {
		const items = await run('get', { redirectionId: seeded().redirection_id });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/redirection/${seeded().redirection_id}`, query: {} }]);
		expect(jsonOf(items)).toEqual([seeded()]);
	});

	it('exists: HEAD gives true, or false for an unknown id', async () => {
		expect(jsonOf(await run('exists', { redirectionId: seeded().redirection_id }))).toEqual([{ exists: true }]);
		expect(jsonOf(await run('exists', { redirectionId: 'b0b0b0b0-0000-4000-8000-000000000000' }))).toEqual([{ exists: false }]);
		expect(h.requests().map((r) => `${r.method} ${r.path}`)).toEqual([
			`HEAD ${W()}/helpdesk/redirection/${seeded().redirection_id}`,
			`HEAD ${W()}/helpdesk/redirection/b0b0b0b0-0000-4000-8000-000000000000`,
		]);
	});

	it('delete: DELETE /helpdesk/redirection/{redirectionId}; again gives not_found', async () => {
		const id = seeded().redirection_id as string;
		const items = await run('delete', { redirectionId: id });
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${W()}/helpdesk/redirection/${id}`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ success: true, redirection_id: id }]);
		expect(redirections().size).toBe(0);
		await apiError(h, { resource: 'helpdeskRedirection', operation: 'delete', redirectionId: id }, 404, 'not_found');
	});
});
