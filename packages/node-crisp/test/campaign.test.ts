/**
 * Campaign resource. The seed has two campaigns ("Welcome series", automated and running; "Spring
 * sale", one-shot and dispatched), both to the "newsletter" segment.
 */
import { jsonOf, byId, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const W = () => `/v1/website/${h.fake.websiteId}`;
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'campaign', operation, ...parameters });
const campaigns = () => h.fake.site().campaigns;
const named = (name: string) => [...campaigns().values()].find((c) => c.name === name)!;
const idOf = (name: string) => named(name).campaign_id as string;
const operator = () => [...h.fake.site().operators.values()].find((o) => o.type === 'operator')!.details.user_id;

describe('campaign', () => {
	it('getAll: pages through /campaigns/list/{page}, most recently updated first', async () => {
		const items = await run('getAll', { returnAll: true });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/campaigns/list/1`, query: {} },
			{ method: 'GET', path: `${W()}/campaigns/list/2`, query: {} },
		]);
		expect(jsonOf(items)).toEqual([...campaigns().values()]);
		expect(jsonOf(items).map((c) => c.name).sort()).toEqual(['Spring sale', 'Welcome series']);
	});

	it('create: POST /campaign {type, name}; gives the new campaign_id', async () => {
		const items = await run('create', { type: 'automated', name: 'Onboarding' });
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/campaign`, query: {}, body: { type: 'automated', name: 'Onboarding' } }]);
		expect(jsonOf(items)).toEqual([{ campaign_id: idOf('Onboarding'), type: 'automated', name: 'Onboarding' }]);
		expect(named('Onboarding')).toMatchObject({ type: 'automated', ready: false, dispatched: false });
	});

	it('create: refuses a type Crisp does not have and a missing name', async () => {
		await refused(h, { resource: 'campaign', operation: 'create', type: 'weekly', name: 'X' }, 'Type', /one-shot, automated/);
		await refused(h, { resource: 'campaign', operation: 'create', type: 'one-shot' }, 'Name', /is required/);
	});

	it('get: GET /campaign/{id}, the campaign chosen by ID', async () => {
		const id = idOf('Spring sale');
		const items = await run('get', { campaignId: byId(id) });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/campaign/${id}`, query: {} }]);
		expect(jsonOf(items)).toEqual([named('Spring sale')]);
	});

	it('get: an unknown campaign fails with not_found; a campaign ID of ".." is refused', async () => {
		await apiError(h, { resource: 'campaign', operation: 'get', campaignId: byId('0e0e0e0e-0000-4000-8000-000000000000') }, 404, 'not_found');
		await refused(h, { resource: 'campaign', operation: 'get', campaignId: byId('..') }, 'Campaign', /another endpoint/);
	});

	it('exists: HEAD /campaign/{id} gives true, or false for an unknown one', async () => {
		const id = idOf('Spring sale');
		expect(jsonOf(await run('exists', { campaignId: byId(id) }))).toEqual([{ exists: true }]);
		expect(jsonOf(await run('exists', { campaignId: byId('0e0e0e0e-0000-4000-8000-000000000000') }))).toEqual([{ exists: false }]);
		expect(h.requests().map((r) => `${r.method} ${r.path}`)).toEqual([`HEAD ${W()}/campaign/${id}`, `HEAD ${W()}/campaign/0e0e0e0e-0000-4000-8000-000000000000`]);
	});

	it('update: PATCH only what was set, grouped as Crisp groups it (sender, recipients, options)', async () => {
		const id = idOf('Welcome series');
		const items = await run('update', {
			campaignId: byId(id),
			campaignFields: {
				subject: 'Welcome aboard',
				message: '*Hey there*, welcome!',
				senderId: operator(),
				recipientsType: 'segment',
				segments: 'newsletter, trial',
				deliverToEmail: true,
				tracking: false,
				flow: '{"launch_event": "signup", "deliver_once": true}',
			},
		});
		expect(h.requests()).toEqual([
			{
				method: 'PATCH',
				path: `${W()}/campaign/${id}`,
				query: {},
				body: {
					subject: 'Welcome aboard',
					sender: { user_id: operator() },
					recipients: { type: 'segment', segments: ['newsletter', 'trial'] },
					flow: { launch_event: 'signup', deliver_once: true },
					message: '*Hey there*, welcome!',
					options: { deliver_to_email: true, tracking: false },
				},
			},
		]);
		expect(jsonOf(items)).toEqual([{ success: true, campaign_id: id }]);
		expect(named('Welcome series')).toMatchObject({ subject: 'Welcome aboard', message: '*Hey there*, welcome!', type: 'automated', running: true });
	});

	it('update: refuses nothing to change, a filter that is not a JSON array, and a flow that is not an object', async () => {
		const campaignId = byId(idOf('Welcome series'));
		await refused(h, { resource: 'campaign', operation: 'update', campaignId, campaignFields: {} }, 'Campaign Fields', /needs at least one field/);
		await refused(h, { resource: 'campaign', operation: 'update', campaignId, campaignFields: { recipientsFilter: '{"model": "people"}' } }, 'Campaign Fields → Recipient Filter (JSON)', /JSON array/);
		await refused(h, { resource: 'campaign', operation: 'update', campaignId, campaignFields: { flow: '[]' } }, 'Campaign Fields → Automation Flow (JSON)', /JSON object/);
	});

	it('replace: PUT the whole campaign; what is not sent is not kept', async () => {
		const id = idOf('Spring sale');
		const filter = [{ model: 'people', criterion: 'email', operator: 'eq', query: ['jane@example.com'] }];
		const items = await run('replace', {
			campaignId: byId(id),
			campaignFields: { name: 'Summer sale', type: 'one-shot', format: 'markdown', recipientsType: 'filter', recipientsFilter: JSON.stringify(filter), message: 'Sun!' },
		});
		expect(h.requests()).toEqual([
			{
				method: 'PUT',
				path: `${W()}/campaign/${id}`,
				query: {},
				body: { type: 'one-shot', format: 'markdown', name: 'Summer sale', recipients: { type: 'filter', filter }, message: 'Sun!' },
			},
		]);
		expect(jsonOf(items)).toEqual([{ success: true, campaign_id: id }]);
		expect(campaigns().get(id)).not.toHaveProperty('subject');
		expect(campaigns().get(id)).toMatchObject({ name: 'Summer sale', recipients: { type: 'filter', filter } });
	});

	it('delete: DELETE /campaign/{id}', async () => {
		const id = idOf('Spring sale');
		const items = await run('delete', { campaignId: byId(id) });
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${W()}/campaign/${id}`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ success: true, campaign_id: id }]);
		expect(campaigns().has(id)).toBe(false);
	});

	it('dispatch, pause, resume and test: POST {} to /campaign/{id}/<action>', async () => {
		const id = idOf('Welcome series');
		for (const operation of ['dispatch', 'pause', 'resume', 'test']) {
			h.fake.clearLog();
			const items = await run(operation, { campaignId: byId(id) });
			expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/campaign/${id}/${operation}`, query: {}, body: {} }]);
			expect(jsonOf(items)).toEqual([{ success: true, campaign_id: id }]);
			if (operation === 'dispatch') expect(campaigns().get(id)).toMatchObject({ dispatched: true });
			if (operation === 'pause') expect(campaigns().get(id)).toMatchObject({ running: false });
			if (operation === 'resume') expect(campaigns().get(id)).toMatchObject({ running: true });
		}
	});

	it('getRecipients: the people of the campaign\'s segments, page by page', async () => {
		const id = idOf('Spring sale');
		const items = await run('getRecipients', { campaignId: byId(id), returnAll: true });
		const pages = h.requests().map((r) => r.path);
		expect(pages[0]).toBe(`${W()}/campaign/${id}/recipients/1`);
		expect(pages).toEqual(pages.map((_, i) => `${W()}/campaign/${id}/recipients/${i + 1}`));
		const expected = [...h.fake.site().people.values()].filter((p) => p.segments.includes('newsletter'));
		expect(expected.length).toBeGreaterThan(0);
		// 20 per page on the fake; the walk ends on the first empty page.
		expect(pages).toHaveLength(Math.ceil(expected.length / 20) + 1);
		expect(jsonOf(items).map((r) => r.people_id)).toEqual(expected.map((p) => p.people_id));
		expect(jsonOf(items)[0]).toEqual({ people_id: expected[0].people_id, email: expected[0].email, person: { nickname: expected[0].person.nickname, avatar: expected[0].person.avatar }, subscribed: true });
	});

	it('getStatistics: the people who did one action, GET /campaign/{id}/statistics/{action}/{page}', async () => {
		const id = idOf('Spring sale');
		const profile = { people_id: 'c5a0a3d9-3ae2-4dba-9ff6-7e4e5d7bb1f7', email: 'jane@example.com', person: { nickname: 'Jane' } };
		const stats = h.fake.site().collection('campaignStatistics');
		stats.set('s1', { campaign_id: id, type: 'clicked', profile, data: { url: 'https://acme.example/sale' }, created_at: 1, updated_at: 2 });
		stats.set('s2', { campaign_id: id, type: 'opened', profile, data: {}, created_at: 1, updated_at: 1 });
		const items = await run('getStatistics', { campaignId: byId(id), statisticsAction: 'clicked', returnAll: true });
		expect(h.requests()).toEqual([1, 2].map((n) => ({ method: 'GET', path: `${W()}/campaign/${id}/statistics/clicked/${n}`, query: {} })));
		expect(jsonOf(items)).toEqual([{ type: 'clicked', profile, data: { url: 'https://acme.example/sale' }, created_at: 1, updated_at: 2 }]);
		await refused(h, { resource: 'campaign', operation: 'getStatistics', campaignId: byId(id), statisticsAction: 'bounced' }, 'Action', /opened, clicked, unsubscribed/);
	});

	it('getTags: the tags as items, one request', async () => {
		const [first, second] = [...campaigns().values()];
		first.tag = 'onboarding';
		second.tag = 'sales';
		const items = await run('getTags', { returnAll: true });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/campaigns/tags`, query: {} }]);
		expect(jsonOf(items)).toEqual([{ tag: 'onboarding' }, { tag: 'sales' }]);
		h.fake.clearLog();
		expect(jsonOf(await run('getTags', { returnAll: false, limit: 1 }))).toEqual([{ tag: 'onboarding' }]);
	});

	it('searchCampaigns: the dropdown lists campaigns by name, filtered by name, subject or tag', async () => {
		const all = await h.listSearch('searchCampaigns');
		// the type as the Type dropdown names it
		expect(all.results).toEqual([...campaigns().values()].map((c) => ({ name: `${c.name} (${({ 'one-shot': 'One-Shot', automated: 'Automated' } as Record<string, string>)[String(c.type)]})`, value: c.campaign_id })));
		expect(all.paginationToken).toBeDefined();
		const found = await h.listSearch('searchCampaigns', 'spring');
		expect(found.results).toEqual([{ name: 'Spring sale (One-Shot)', value: idOf('Spring sale') }]);
		expect(h.requests().every((r) => r.path === `${W()}/campaigns/list/1`)).toBe(true);
	});
});
