/**
 * Account search (upstream `resources :search`, not in the spec; the routes declare their inputs).
 *
 * | Route | Response | Evidence |
 * |---|---|---|
 * | GET /search?q=, GET /search/{contacts,conversations,messages,articles}?q=&page= | `{payload:{<type>:[…]}}`, 15 per page | `SearchService` (`.page(params[:page]).per(15)`) [C-code]; item fields [I] |
 *
 * `GET /search` answers the first page of every type; matching is a case-insensitive substring.
 */
import { ok, pageParam, queryParam, type Ctx, type RouteDef } from '../dsl';
import { articleView, messageView, searchContactView, searchConversationView } from '../views';
import { paginate, visibleInboxIds } from './helpers';

const A = '/api/v1/accounts/{account_id}';
export const SEARCH_PER_PAGE = 15;

const TYPES = ['contacts', 'conversations', 'messages', 'articles'] as const;
type SearchType = (typeof TYPES)[number];

function search(type: SearchType, ctx: Ctx, page: number): unknown[] {
	const q = (ctx.str('q') ?? '').toLowerCase();
	const has = (v: unknown) => String(v ?? '').toLowerCase().includes(q);
	const state = ctx.state;
	const visible = visibleInboxIds(ctx);
	let rows: unknown[];
	switch (type) {
		case 'contacts':
			rows = state
				.contactsOf(ctx.acct.id)
				.filter((c) => [c.name, c.email, c.phone_number, c.identifier].some(has))
				.sort((a, b) => (b.last_activity_at ?? 0) - (a.last_activity_at ?? 0) || b.id - a.id)
				.map((c) => searchContactView(state, c.id));
			break;
		case 'conversations':
			rows = state
				.conversationsOf(ctx.acct.id)
				.filter((c) => !visible || visible.has(c.inbox_id))
				.filter((c) => {
					const contact = state.contacts.find((x) => x.id === c.contact_id);
					return has(c.display_id) || [contact?.name, contact?.email, contact?.phone_number, contact?.identifier].some(has);
				})
				.sort((a, b) => b.created_at - a.created_at || b.id - a.id)
				.map((c) => searchConversationView(state, c));
			break;
		case 'messages':
			rows = state.messages
				.filter((m) => m.account_id === ctx.acct.id && m.message_type !== 2 && (!visible || visible.has(m.inbox_id)) && has(m.content))
				.sort((a, b) => b.created_at - a.created_at || b.id - a.id)
				.map((m) => messageView(state, m));
			break;
		case 'articles':
			rows = state.articles
				.filter((a) => a.account_id === ctx.acct.id && (has(a.title) || has(a.content)))
				.sort((a, b) => b.updated_at - a.updated_at || b.id - a.id)
				.map((a) => articleView(a));
			break;
	}
	return paginate(rows, page, SEARCH_PER_PAGE);
}

export function searchRoutes(): RouteDef[] {
	const account = { kind: 'account' as const };
	const q = queryParam('q', { type: 'string' }, true);
	return [
		{
			method: 'GET',
			path: `${A}/search`,
			name: 'search.index',
			source: 'code',
			spec: { params: [q] },
			access: account,
			handle: (ctx) =>
				ok({
					payload: {
						contacts: search('contacts', ctx, 1),
						messages: search('messages', ctx, 1),
						conversations: search('conversations', ctx, 1),
						articles: search('articles', ctx, 1),
					},
				}),
		},
		...TYPES.map(
			(type): RouteDef => ({
				method: 'GET',
				path: `${A}/search/${type}`,
				name: `search.${type}`,
				source: 'code',
				spec: { params: [q, pageParam] },
				access: account,
				handle: (ctx) => ok({ payload: { [type]: search(type, ctx, ctx.page()) } }),
			}),
		),
	];
}
