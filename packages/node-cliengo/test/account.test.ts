/** Account operations ([C-doc]: GET and PUT /account). */
import { json, KEY, requests, run, runError, useFake } from './helpers';

const ctx = useFake({ seed: { contacts: 1 } });

describe('account', () => {
	it('get: GET /account', async () => {
		const out = await run(ctx.fake, { resource: 'account', operation: 'get' });
		expect(requests(ctx.fake)).toEqual([{ method: 'GET', path: '/1.0/account', query: { api_key: KEY } }]);
		expect(json(out)).toEqual([ctx.fake.store.account]);
	});

	it('update: PUT /account {name, contactName, taxId}', async () => {
		const out = await run(ctx.fake, { resource: 'account', operation: 'update', updateFields: { name: 'Demo SRL', contactName: 'Juana', taxId: '30-99999999-1' } });
		expect(requests(ctx.fake)).toEqual([{ method: 'PUT', path: '/1.0/account', query: { api_key: KEY }, body: { name: 'Demo SRL', contactName: 'Juana', taxId: '30-99999999-1' } }]);
		expect(json(out)).toEqual([ctx.fake.store.account]);
		expect(ctx.fake.store.account).toMatchObject({ name: 'Demo SRL', contactName: 'Juana', taxId: '30-99999999-1' });
	});

	it('update: refuses an empty update before any request', async () => {
		expect((await runError(ctx.fake, { resource: 'account', operation: 'update', updateFields: {} })).message).toBe('Item 1: "Update Fields" needs at least one field to change');
		expect(ctx.fake.requests).toEqual([]);
	});
});
