/**
 * Inbox resource: inboxes that sort conversations (list, create, exists, get, update by
 * read-and-save, delete, reorder), against the fake Crisp server.
 */
import { jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const W = () => `/v1/website/${h.fake.websiteId}`;
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'inbox', operation, ...parameters });
const inboxes = () => h.fake.seeded!.inboxes;
const served = (id: string) => JSON.parse(JSON.stringify(h.fake.site().inboxes.get(id)));

describe('inbox', () => {
	it('getAll: the pages of /inboxes/list/{page}, in their order', async () => {
		expect(jsonOf(await run('getAll', { returnAll: true }))).toEqual([served(inboxes().sales), served(inboxes().support)]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/inboxes/list/1`, query: {} },
			{ method: 'GET', path: `${W()}/inboxes/list/2`, query: {} },
		]);
	});

	it('create: POST /inbox with the name, members and conditions; outputs its inbox_id', async () => {
		const { owner } = h.fake.seeded!.operators;
		const conditions = [{ model: 'session', criterion: 'segments', operator: 'eq', query: ['vip'] }];
		const out = jsonOf(
			await run('create', { name: 'VIP', additionalFields: { emoji: '⭐', order: 3, operators: [owner], teams: [h.fake.seeded!.teamId], conditions: JSON.stringify(conditions) } }),
		);
		const id = String(out[0].inbox_id);
		expect(out).toEqual([{ inbox_id: id }]);
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${W()}/inbox`, query: {}, body: { name: 'VIP', emoji: '⭐', order: 3, operators: [owner], teams: [h.fake.seeded!.teamId], conditions } },
		]);
		expect(served(id)).toMatchObject({ name: 'VIP', emoji: '⭐', order: 3, operators: [owner], conditions });
	});

	it('create: refuses conditions that are not a JSON array', async () => {
		await refused(h, { resource: 'inbox', operation: 'create', name: 'X', additionalFields: { conditions: '{"model": "session"}' } }, 'Additional Fields → Conditions (JSON)', /JSON array/);
	});

	it('exists and get: HEAD and GET /inbox/{id}', async () => {
		expect(jsonOf(await run('exists', { inboxId: inboxes().sales }))).toEqual([{ exists: true }]);
		expect(jsonOf(await run('get', { inboxId: inboxes().sales }))).toEqual([served(inboxes().sales)]);
		expect(jsonOf(await run('exists', { inboxId: '00000000-0000-4000-8000-000000000000' }))).toEqual([{ exists: false }]);
		expect(h.requests()).toEqual([
			{ method: 'HEAD', path: `${W()}/inbox/${inboxes().sales}`, query: {} },
			{ method: 'GET', path: `${W()}/inbox/${inboxes().sales}`, query: {} },
			{ method: 'HEAD', path: `${W()}/inbox/00000000-0000-4000-8000-000000000000`, query: {} },
		]);
	});

	it('update: reads the inbox, then PUTs it whole with the fields given (conditions and members kept)', async () => {
		const before = served(inboxes().sales);
		expect(jsonOf(await run('update', { inboxId: inboxes().sales, updateFields: { name: 'Sales EU', emoji: '🇪🇺' } }))).toEqual([{ success: true }]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/inbox/${inboxes().sales}`, query: {} },
			{
				method: 'PUT',
				path: `${W()}/inbox/${inboxes().sales}`,
				query: {},
				body: { name: 'Sales EU', emoji: '🇪🇺', order: before.order, operators: before.operators, conditions: before.conditions },
			},
		]);
		expect(served(inboxes().sales)).toMatchObject({ name: 'Sales EU', emoji: '🇪🇺', operators: before.operators, conditions: before.conditions });
	});

	it('update: a missing inbox is not_found, and nothing is saved', async () => {
		await apiError(h, { resource: 'inbox', operation: 'update', inboxId: '00000000-0000-4000-8000-000000000000', updateFields: { name: 'X' } }, 404, 'not_found');
		expect(h.requests().map((r) => r.method)).toEqual(['GET']);
	});

	it('delete: DELETE /inbox/{id}; its conversations go back to the main inbox', async () => {
		const moved = [...h.fake.site().conversations.values()].filter((c) => c.inbox_id === inboxes().support);
		expect(jsonOf(await run('delete', { inboxId: inboxes().support }))).toEqual([{ success: true }]);
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${W()}/inbox/${inboxes().support}`, query: {} }]);
		expect(h.fake.site().inboxes.has(inboxes().support)).toBe(false);
		expect(moved.every((c) => c.inbox_id === null)).toBe(true);
	});

	it('reorder: PATCH /inboxes/batch/order, the first ID first', async () => {
		expect(jsonOf(await run('reorder', { inboxIds: `${inboxes().support}, ${inboxes().sales}` }))).toEqual([{ success: true }]);
		expect(h.requests()).toEqual([
			{
				method: 'PATCH',
				path: `${W()}/inboxes/batch/order`,
				query: {},
				body: { orders: [{ inbox_id: inboxes().support, order: 1 }, { inbox_id: inboxes().sales, order: 2 }] },
			},
		]);
		expect(jsonOf(await run('getAll', { returnAll: true })).map((i) => i.inbox_id)).toEqual([inboxes().support, inboxes().sales]);
	});

	it('reorder: refuses no IDs and an ID given twice', async () => {
		await refused(h, { resource: 'inbox', operation: 'reorder' }, 'Inbox IDs', /at least one value/);
		await refused(h, { resource: 'inbox', operation: 'reorder', inboxIds: 'a, b, a' }, 'Inbox IDs', /"a" twice/);
	});
});
