/**
 * Helpdesk History resource: changes to the helpdesk content. The seed has one change (an edit of
 * en/articles getting-started/install); writes through the tree add more.
 */
import { jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const W = () => `/v1/website/${h.fake.websiteId}`;
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'helpdeskHistory', operation, ...parameters });
const changes = () => h.fake.site().helpdesk!.changes;

describe('helpdesk history', () => {
	it('getAll: pages through /helpdesk/history/changes/{page}, newest first', async () => {
		await h.run({ resource: 'helpdeskArticle', operation: 'saveContent', locale: 'en', contentType: 'articles', path: 'billing/refunds', content: 'Within 30 days.' });
		h.fake.clearLog();
		const items = await run('getAll', { returnAll: true });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/helpdesk/history/changes/1`, query: {} },
			{ method: 'GET', path: `${W()}/helpdesk/history/changes/2`, query: {} },
		]);
		expect(jsonOf(items)).toEqual(changes());
		expect(jsonOf(items).map((c) => c.message)).toEqual(['Edit billing/refunds', 'Edit getting-started/install']);
	});

	it('getAll: Crisp\'s filters (filter_locale, filter_type, filter_tree_path)', async () => {
		const items = await run('getAll', { returnAll: false, limit: 10, filters: { locale: 'en', contentType: 'articles', treePath: '/getting-started/install' } });
		expect(h.requests()[0]).toEqual({
			method: 'GET',
			path: `${W()}/helpdesk/history/changes/1`,
			query: { filter_locale: 'en', filter_type: 'articles', filter_tree_path: 'getting-started/install' },
		});
		expect(jsonOf(items).map((c) => c.change_id)).toEqual([changes()[0].change_id]);
	});

	it('get: GET /helpdesk/history/change/{changeId}', async () => {
		const id = changes()[0].change_id as string;
		const items = await run('get', { changeId: id });
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/helpdesk/history/change/${id}`, query: {} }]);
		expect(jsonOf(items)).toEqual([changes()[0]]);
		await apiError(h, { resource: 'helpdeskHistory', operation: 'get', changeId: 'f3a0c1de-0000-4000-8000-000000000000' }, 404, 'not_found');
	});

	it('cancel: DELETE the change with {action}', async () => {
		const id = changes()[0].change_id as string;
		const items = await run('cancel', { changeId: id, cancelAction: ' revert ' });
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${W()}/helpdesk/history/change/${id}`, query: {}, body: { action: 'revert' } }]);
		expect(jsonOf(items)).toEqual([{ success: true, change_id: id }]);
		expect(changes()).toEqual([]);
	});

	it('cancel: refuses a missing action and a change ID that is ".."', async () => {
		await refused(h, { resource: 'helpdeskHistory', operation: 'cancel', changeId: 'abc' }, 'Action', /is required/);
		await refused(h, { resource: 'helpdeskHistory', operation: 'cancel', changeId: '..', cancelAction: 'revert' }, 'Change ID', /another endpoint/);
	});
});
