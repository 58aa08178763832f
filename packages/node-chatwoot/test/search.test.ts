/**
 * Account search (routes.rb `resources :search`): everything at once, or one type paged by 15.
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { chatwoot, chatwootViews } from '@leadchat/testkit';
import { jsonOf, resourceOp, useChatwoot } from './harness';

const h = useChatwoot();
const { SEARCH_PER_PAGE } = chatwoot;
const { articleView, messageView, searchContactView, searchConversationView } = chatwootViews;

const searchOp = resourceOp('search');
const includes = (value: unknown, q: string) => String(value ?? '').toLowerCase().includes(q.toLowerCase());

/** What each search type should find, newest first, from the fake's state. */
const expected = {
	contacts: (q: string) =>
		h.fake.state
			.contactsOf(h.fake.accountId)
			.filter((c) => [c.name, c.email, c.phone_number, c.identifier].some((v) => includes(v, q)))
			.sort((a, b) => (b.last_activity_at ?? 0) - (a.last_activity_at ?? 0) || b.id - a.id)
			.map((c) => searchContactView(h.fake.state, c.id)),
	conversations: (q: string) =>
		h.fake.state
			.conversationsOf(h.fake.accountId)
			.filter((c) => {
				const contact = h.fake.state.contacts.find((x) => x.id === c.contact_id);
				return includes(c.display_id, q) || [contact?.name, contact?.email, contact?.phone_number, contact?.identifier].some((v) => includes(v, q));
			})
			.sort((a, b) => b.created_at - a.created_at || b.id - a.id)
			.map((c) => searchConversationView(h.fake.state, c)),
	messages: (q: string) =>
		h.fake.state.messages
			.filter((m) => m.account_id === h.fake.accountId && m.message_type !== 2 && includes(m.content, q))
			.sort((a, b) => b.created_at - a.created_at || b.id - a.id)
			.map((m) => messageView(h.fake.state, m)),
	articles: (q: string) =>
		h.fake.state.articles
			.filter((a) => a.account_id === h.fake.accountId && (includes(a.title, q) || includes(a.content, q)))
			.sort((a, b) => b.updated_at - a.updated_at || b.id - a.id)
			.map(articleView),
};

describe('search: all', () => {
	it('returns the first results of every type as one item', async () => {
		const out = await h.run(searchOp('all', { query: 'invoice' }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/search`, query: { q: 'invoice' } }]);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		expect(jsonOf(out)).toEqual([
			{
				contacts: expected.contacts('invoice').slice(0, SEARCH_PER_PAGE),
				messages: expected.messages('invoice').slice(0, SEARCH_PER_PAGE),
				conversations: expected.conversations('invoice').slice(0, SEARCH_PER_PAGE),
				articles: expected.articles('invoice').slice(0, SEARCH_PER_PAGE),
			},
		]);
	});

	it('refuses an empty search text', async () => {
		const error = await h.runError(searchOp('all', { query: '' }));
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toContain('"Search Text"');
		expect(h.fake.requests).toHaveLength(0);
	});
});

describe.each([
	['contacts', 'example.com'],
	['conversations', 'example.com'],
	['messages', 'invoice'],
	['articles', 'invoice'],
] as const)('search: %s', (type, q) => {
	it('returns every page of results', async () => {
		const all = expected[type](q);
		const out = jsonOf(await h.run(searchOp(type, { query: q, returnAll: true })));
		const pages = Math.floor(all.length / SEARCH_PER_PAGE) + 1;
		expect(h.requests()).toEqual(
			Array.from({ length: pages }, (_, k) => ({ method: 'GET', path: `${h.A()}/search/${type}`, query: { q, page: String(k + 1) } })),
		);
		expect(out).toEqual(all);
	});

	it('stops at the limit', async () => {
		const all = expected[type](q);
		const limit = Math.min(all.length, SEARCH_PER_PAGE + 2);
		const out = jsonOf(await h.run(searchOp(type, { query: q, returnAll: false, limit })));
		expect(h.requests()).toHaveLength(limit > SEARCH_PER_PAGE ? 2 : 1);
		expect(out).toEqual(all.slice(0, limit));
	});
});

describe('search: errors', () => {
	it('reports a server error as the API error', async () => {
		h.fake.server.inject({ status: 500, body: { error: 'Search is down' } }, { match: { path: /\/search\/contacts/ }, times: 3 });
		const error = await h.runError(searchOp('contacts', { query: 'x', returnAll: true }));
		h.fake.server.clearFaults();
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('Search is down');
	});

	it('refuses a limit of 0', async () => {
		const error = await h.runError(searchOp('messages', { query: 'x', returnAll: false, limit: 0 }));
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toContain('"Limit"');
		expect(h.fake.requests).toHaveLength(0);
	});
});
