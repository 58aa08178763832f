/** Account operations ([C-doc]: GET and PUT /account). */
import { jsonOf, KEY, useCliengo } from './helpers';

const h = useCliengo({ seed: { contacts: 1 } });

describe('account', () => {
	it('get: GET /account', async () => {
		const out = await h.run({ resource: 'account', operation: 'get' });
		expect(h.requests()).toEqual([{ method: 'GET', path: '/1.0/account', query: { api_key: KEY } }]);
		expect(jsonOf(out)).toEqual([h.fake.store.account]);
	});

	it('update: PUT /account {name, contactName, taxId}', async () => {
		const out = await h.run({ resource: 'account', operation: 'update', updateFields: { name: 'Demo SRL', contactName: 'Juana', taxId: '30-99999999-1' } });
		expect(h.requests()).toEqual([{ method: 'PUT', path: '/1.0/account', query: { api_key: KEY }, body: { name: 'Demo SRL', contactName: 'Juana', taxId: '30-99999999-1' } }]);
		expect(jsonOf(out)).toEqual([h.fake.store.account]);
		expect(h.fake.store.account).toMatchObject({ name: 'Demo SRL', contactName: 'Juana', taxId: '30-99999999-1' });
	});

	it('update: refuses an empty update before any request', async () => {
		expect((await h.runError({ resource: 'account', operation: 'update', updateFields: {} })).message).toBe('Item 1: "Update Fields" needs at least one field to change');
		expect(h.fake.requests).toEqual([]);
	});
});
