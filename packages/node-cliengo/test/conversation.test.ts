/** Conversation operations: exact requests and items out. */
import { jsonOf, KEY, useCliengo } from './helpers';

const h = useCliengo({ seed: { contacts: 5, conversations: 7 } });
const conversations = () => [...h.fake.store.conversations.values()].sort((a, b) => (a.creationDate < b.creationDate ? 1 : -1));

describe('conversation', () => {
	it('getAll with Limit: GET /conversations?offset&limit, newest first', async () => {
		const out = await h.run({ resource: 'conversation', operation: 'getAll', returnAll: false, limit: 3 });
		expect(h.requests()).toEqual([{ method: 'GET', path: '/1.0/conversations', query: { api_key: KEY, offset: '0', limit: '3' } }]);
		expect(jsonOf(out)).toEqual(conversations().slice(0, 3));
	});

	it('getAll Return All', async () => {
		const out = await h.run({ resource: 'conversation', operation: 'getAll', returnAll: true });
		expect(h.requests().map((r) => r.query)).toEqual([{ api_key: KEY, offset: '0', limit: '50' }]);
		expect(jsonOf(out)).toEqual(conversations());
	});

	it('get: GET /conversations/{id}', async () => {
		const c = conversations()[2];
		const out = await h.run({ resource: 'conversation', operation: 'get', conversationId: c.id });
		expect(h.requests()).toEqual([{ method: 'GET', path: `/1.0/conversations/${c.id}`, query: { api_key: KEY } }]);
		expect(jsonOf(out)).toEqual([c]);
	});

	it('create: POST /conversations {websiteId, channel, from, url}', async () => {
		const site = h.fake.store.sites[1];
		const out = await h.run({
			resource: 'conversation',
			operation: 'create',
			websiteId: site.id,
			channel: 'WHATSAPP',
			from: '+5491100001111',
			additionalFields: { url: 'https://casas.example.com/ficha/7', companyId: h.fake.store.account.id },
		});
		expect(h.requests()).toEqual([
			{
				method: 'POST',
				path: '/1.0/conversations',
				query: { api_key: KEY },
				body: { companyId: h.fake.store.account.id, websiteId: site.id, channel: 'WHATSAPP', from: '+5491100001111', url: 'https://casas.example.com/ficha/7' },
			},
		]);
		const created = conversations().find((c) => c.from === '+5491100001111')!;
		expect(jsonOf(out)).toEqual([created]);
	});

	it('create: the channel defaults to WEB; site and from are required; a bad URL is refused', async () => {
		const site = h.fake.store.sites[0];
		await h.run({ resource: 'conversation', operation: 'create', websiteId: site.id, from: 'v@example.com' });
		expect(h.requests()[0].body).toEqual({ websiteId: site.id, channel: 'WEB', from: 'v@example.com' });
		h.fake.clearLog();
		expect((await h.runError({ resource: 'conversation', operation: 'create', from: 'x' })).message).toBe('Item 1: "Site" is required');
		expect((await h.runError({ resource: 'conversation', operation: 'create', websiteId: site.id })).message).toBe('Item 1: "From" is required');
		expect((await h.runError({ resource: 'conversation', operation: 'create', websiteId: site.id, from: 'x', channel: 'SMS' })).message).toBe('Item 1: "Channel" must be one of: WEB, FACEBOOK, WHATSAPP');
		expect(
			(await h.runError({ resource: 'conversation', operation: 'create', websiteId: site.id, from: 'x', additionalFields: { url: 'ftp://x' } })).message,
		).toBe('Item 1: "Additional Fields → URL" must be an http(s) URL');
		expect(h.fake.requests).toEqual([]);
	});

	it('getMessages: GET /conversations/{id}/messages, Limit applied client-side', async () => {
		const c = conversations()[0];
		const all = await h.run({ resource: 'conversation', operation: 'getMessages', conversationId: c.id, returnAll: true });
		const one = await h.run({ resource: 'conversation', operation: 'getMessages', conversationId: c.id, returnAll: false, limit: 1 });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `/1.0/conversations/${c.id}/messages`, query: { api_key: KEY } },
			{ method: 'GET', path: `/1.0/conversations/${c.id}/messages`, query: { api_key: KEY } },
		]);
		expect(jsonOf(all)).toEqual(h.fake.store.conversationMessages.get(c.id));
		expect(jsonOf(one)).toEqual(jsonOf(all).slice(0, 1));
	});

	it('count: GET /conversations/{websiteId}/count → {websiteId, count}', async () => {
		const site = h.fake.store.sites[0];
		const out = await h.run({ resource: 'conversation', operation: 'count', websiteId: site.id });
		expect(h.requests()).toEqual([{ method: 'GET', path: `/1.0/conversations/${site.id}/count`, query: { api_key: KEY } }]);
		expect(jsonOf(out)).toEqual([{ websiteId: site.id, count: conversations().filter((c) => c.websiteId === site.id).length }]);
	});
});
