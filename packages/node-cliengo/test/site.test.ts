/** Site operations (create/update are [I]: not in Cliengo's public reference). */
import { byId, jsonOf, KEY, useCliengo } from './helpers';

const h = useCliengo({ seed: { contacts: 3 } });

describe('site', () => {
	it('getAll: GET /sites?offset&limit', async () => {
		const out = await h.run({ resource: 'site', operation: 'getAll', returnAll: true });
		expect(h.requests()).toEqual([{ method: 'GET', path: '/1.0/sites', query: { api_key: KEY, offset: '0', limit: '50' } }]);
		expect(jsonOf(out)).toEqual(h.fake.store.sites);
	});

	it('getAll with Limit 1', async () => {
		const out = await h.run({ resource: 'site', operation: 'getAll', returnAll: false, limit: 1 });
		expect(h.requests().map((r) => r.query)).toEqual([{ api_key: KEY, offset: '0', limit: '1' }]);
		expect(jsonOf(out)).toEqual(h.fake.store.sites.slice(0, 1));
	});

	it('get: GET /sites/{id}', async () => {
		const site = h.fake.store.sites[1];
		const out = await h.run({ resource: 'site', operation: 'get', siteId: byId(site.id) });
		expect(h.requests()).toEqual([{ method: 'GET', path: `/1.0/sites/${site.id}`, query: { api_key: KEY } }]);
		expect(jsonOf(out)).toEqual([site]);
	});

	it('getChatbot: GET /sites/{id}/chatbot', async () => {
		const site = h.fake.store.sites[0];
		const out = await h.run({ resource: 'site', operation: 'getChatbot', siteId: byId(site.id) });
		expect(h.requests()).toEqual([{ method: 'GET', path: `/1.0/sites/${site.id}/chatbot`, query: { api_key: KEY } }]);
		expect(jsonOf(out)).toEqual([h.fake.store.chatbots.get(site.id)]);
	});

	it('create: POST /sites {title, url, email, enableChat}', async () => {
		const out = await h.run({
			resource: 'site',
			operation: 'create',
			title: 'Landing Promo',
			url: 'https://promo.example.com',
			additionalFields: { email: 'promo@example.com', enableChat: false },
		});
		expect(h.requests()).toEqual([
			{ method: 'POST', path: '/1.0/sites', query: { api_key: KEY }, body: { title: 'Landing Promo', url: 'https://promo.example.com', email: 'promo@example.com', enableChat: false } },
		]);
		const created = h.fake.store.sites.find((s) => s.title === 'Landing Promo')!;
		expect(jsonOf(out)).toEqual([created]);
	});

	it('update: PATCH /sites/{id} with the changed fields', async () => {
		const site = h.fake.store.sites[0];
		const out = await h.run({ resource: 'site', operation: 'update', siteId: byId(site.id), updateFields: { title: 'Tienda Nueva', enableChat: true } });
		expect(h.requests()).toEqual([{ method: 'PATCH', path: `/1.0/sites/${site.id}`, query: { api_key: KEY }, body: { title: 'Tienda Nueva', enableChat: true } }]);
		expect(jsonOf(out)).toEqual([{ ...site, title: 'Tienda Nueva', enableChat: true }]);
	});

	it('refuses a bad URL, a bad email and an empty update before any request', async () => {
		expect((await h.runError({ resource: 'site', operation: 'create', title: 'x', url: 'promo.example.com' })).message).toBe('Item 1: "URL" must be an http(s) URL');
		expect((await h.runError({ resource: 'site', operation: 'create', title: 'x' })).message).toBe('Item 1: "URL" is required');
		expect(
			(await h.runError({ resource: 'site', operation: 'create', title: 'x', url: 'https://x.co', additionalFields: { email: 'nope' } })).message,
		).toBe('Item 1: "Additional Fields → Email" must be an email address (e.g. jane@example.com)');
		expect((await h.runError({ resource: 'site', operation: 'update', siteId: byId('abc'), updateFields: {} })).message).toBe(
			'Item 1: "Update Fields" needs at least one field to change',
		);
		expect(h.fake.requests).toEqual([]);
	});
});
