/**
 * Account search (routes.rb `resources :search`): everything at once, or one type paged by 15.
 */
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { SEARCH_PER_PAGE } from '../../testkit/src/fakes/chatwoot';
import { articleView, messageView, searchContactView, searchConversationView } from '../../testkit/src/fakes/chatwoot/views';
import { jsonOf, resourceOp, run, useFake } from './harness';

const { fake, A, sent } = useFake();

const searchOp = resourceOp('search');
const includes = (value: unknown, q: string) => String(value ?? '').toLowerCase().includes(q.toLowerCase());

/** What each search type should find, newest first, from the fake's state. */
const expected = {
	contacts: (q: string) =>
		fake.state
			.contactsOf(fake.accountId)
			.filter((c) => [c.name, c.email, c.phone_number, c.identifier].some((v) => includes(v, q)))
			.sort((a, b) => (b.last_activity_at ?? 0) - (a.last_activity_at ?? 0) || b.id - a.id)
			.map((c) => searchContactView(fake.state, c.id)),
	conversations: (q: string) =>
		fake.state
			.conversationsOf(fake.accountId)
			.filter((c) => {
				const contact = fake.state.contacts.find((x) => x.id === c.contact_id);
				return includes(c.display_id, q) || [contact?.name, contact?.email, contact?.phone_number, contact?.identifier].some((v) => includes(v, q));
			})
			.sort((a, b) => b.created_at - a.created_at || b.id - a.id)
			.map((c) => searchConversationView(fake.state, c)),
	messages: (q: string) =>
		fake.state.messages
			.filter((m) => m.account_id === fake.accountId && m.message_type !== 2 && includes(m.content, q))
			.sort((a, b) => b.created_at - a.created_at || b.id - a.id)
			.map((m) => messageView(fake.state, m)),
	articles: (q: string) =>
		fake.state.articles
			.filter((a) => a.account_id === fake.accountId && (includes(a.title, q) || includes(a.content, q)))
			.sort((a, b) => b.updated_at - a.updated_at || b.id - a.id)
			.map(articleView),
};

describe('search: all', () => {
	it('returns the first results of every type as one item', async () => {
		const out = await run(fake, searchOp('all', { query: 'invoice' }));
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/search`, query: { q: 'invoice' }, body: undefined }]);
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
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
		const error = await run(fake, searchOp('all', { query: '' })).catch((e: Error) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toContain('"Search Text"');
		expect(fake.server.requests).toHaveLength(0);
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
		const out = jsonOf(await run(fake, searchOp(type, { query: q, returnAll: true })));
		const pages = Math.floor(all.length / SEARCH_PER_PAGE) + 1;
		expect(sent()).toEqual(
			Array.from({ length: pages }, (_, k) => ({ method: 'GET', path: `${A()}/search/${type}`, query: { q, page: String(k + 1) }, body: undefined })),
		);
		expect(out).toEqual(all);
	});

	it('stops at the limit', async () => {
		const all = expected[type](q);
		const limit = Math.min(all.length, SEARCH_PER_PAGE + 2);
		const out = jsonOf(await run(fake, searchOp(type, { query: q, returnAll: false, limit })));
		expect(sent()).toHaveLength(limit > SEARCH_PER_PAGE ? 2 : 1);
		expect(out).toEqual(all.slice(0, limit));
	});
});

describe('search: errors', () => {
	it('reports a server error as the API error', async () => {
		fake.server.inject({ status: 500, body: { error: 'Search is down' } }, { match: { path: /\/search\/contacts/ }, times: 3 });
		const error = await run(fake, searchOp('contacts', { query: 'x', returnAll: true })).catch((e: Error) => e);
		fake.server.clearFaults();
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('Search is down');
	});

	it('refuses a limit of 0', async () => {
		const error = await run(fake, searchOp('messages', { query: 'x', returnAll: false, limit: 0 })).catch((e: Error) => e);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect((error as Error).message).toContain('"Limit"');
		expect(fake.server.requests).toHaveLength(0);
	});
});
