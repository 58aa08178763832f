/** User operations (create/update are [I]: not in Cliengo's public reference). */
import { byId, jsonOf, KEY, useCliengo } from './helpers';

const h = useCliengo({ seed: { contacts: 3 } });

describe('user', () => {
	it('getAll: GET /users?offset&limit', async () => {
		const out = await h.run({ resource: 'user', operation: 'getAll', returnAll: false, limit: 2 });
		expect(h.requests()).toEqual([{ method: 'GET', path: '/1.0/users', query: { api_key: KEY, offset: '0', limit: '2' } }]);
		expect(jsonOf(out)).toEqual(h.fake.store.users.slice(0, 2));
	});

	it('get: GET /users/{id}', async () => {
		const user = h.fake.store.users[2];
		const out = await h.run({ resource: 'user', operation: 'get', userId: byId(user.id) });
		expect(h.requests()).toEqual([{ method: 'GET', path: `/1.0/users/${user.id}`, query: { api_key: KEY } }]);
		expect(jsonOf(out)).toEqual([user]);
	});

	it('create: POST /users with name, email and the additional fields', async () => {
		const site = h.fake.store.sites[0];
		const out = await h.run({
			resource: 'user',
			operation: 'create',
			name: 'Marta Ventas',
			email: 'marta@cliengo.test',
			additionalFields: { phone: '+5491100002222', language: 'pt', permissions: 'LEADS, REPORTS', allowedWebsiteIds: [site.id], isSuperUser: false },
		});
		expect(h.requests()).toEqual([
			{
				method: 'POST',
				path: '/1.0/users',
				query: { api_key: KEY },
				body: { name: 'Marta Ventas', email: 'marta@cliengo.test', phone: '+5491100002222', language: 'pt', permissions: ['LEADS', 'REPORTS'], allowedWebsiteIds: [site.id], isSuperUser: false },
			},
		]);
		expect(jsonOf(out)).toEqual([h.fake.store.users.find((u) => u.email === 'marta@cliengo.test')]);
	});

	it('update: PATCH /users/{id}', async () => {
		const user = h.fake.store.users[1];
		const out = await h.run({ resource: 'user', operation: 'update', userId: byId(user.id), updateFields: { name: 'Pablo V.', language: 'en' } });
		expect(h.requests()).toEqual([{ method: 'PATCH', path: `/1.0/users/${user.id}`, query: { api_key: KEY }, body: { name: 'Pablo V.', language: 'en' } }]);
		expect(jsonOf(out)).toEqual([{ ...user, name: 'Pablo V.', language: 'en' }]);
	});

	it('refuses a bad email and an empty update before any request', async () => {
		expect((await h.runError({ resource: 'user', operation: 'create', name: 'x', email: 'x' })).message).toBe('Item 1: "Email" must be an email address (e.g. jane@example.com)');
		expect((await h.runError({ resource: 'user', operation: 'create', email: 'x@y.co' })).message).toBe('Item 1: "Name" is required');
		expect((await h.runError({ resource: 'user', operation: 'update', userId: byId('u1'), updateFields: { email: 'bad' } })).message).toBe(
			'Item 1: "Update Fields → Email" must be an email address (e.g. jane@example.com)',
		);
		expect((await h.runError({ resource: 'user', operation: 'update', userId: byId('u1'), updateFields: {} })).message).toBe(
			'Item 1: "Update Fields" needs at least one field to change',
		);
		expect(h.fake.requests).toEqual([]);
	});
});
