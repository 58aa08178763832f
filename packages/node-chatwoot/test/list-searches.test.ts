/**
 * The searchable dropdowns over paged lists read the same declared list as the operation (core's
 * listPage): the same requests, one page per call, and a next-page token exactly while records remain.
 */
import type { ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';
import { Chatwoot } from '../nodes/Chatwoot/Chatwoot.node';
import { loadOptionsContext, rl, useFake } from './harness';

const { fake, A } = useFake();
const node = new Chatwoot();
type Search = (this: ILoadOptionsFunctions, filter?: string, token?: string) => Promise<INodeListSearchResult>;
const search = (name: string) => (node.methods.listSearch as unknown as Record<string, Search>)[name];
const ctx = (parameters = {}) => loadOptionsContext(fake, parameters) as unknown as ILoadOptionsFunctions;
const queries = () => fake.server.requests.map((r) => ({ path: r.path, query: r.query }));

/** Every page of a list search: the results of each call, and the tokens it was called with. */
async function allPages(name: string, parameters: object, filter?: string) {
	const pages: INodeListSearchResult[] = [];
	let token: string | undefined;
	do {
		const page = await search(name).call(ctx(parameters), filter, token);
		pages.push(page);
		token = page.paginationToken;
	} while (token !== undefined && pages.length < 20);
	return pages;
}
const values = (pages: INodeListSearchResult[]) => pages.flatMap((p) => p.results.map((r) => r.value));
const sorted = (ids: Array<string | number | boolean>) => ids.map(String).sort((a, b) => Number(a) - Number(b));

describe('searchContacts', () => {
	const contacts = () => fake.state.contacts.filter((c) => c.account_id === fake.accountId);

	it('without a filter: the contacts list, latest activity first, 15 a page, a token while the total says more remain', async () => {
		const pages = await allPages('searchContacts', {});
		const expectedPages = Math.ceil(contacts().length / 15);
		expect(contacts().length % 15).not.toBe(0);
		expect(queries()).toEqual(Array.from({ length: expectedPages }, (_, k) => ({ path: `${A()}/contacts`, query: { sort: '-last_activity_at', page: String(k + 1) } })));
		expect(pages.map((p) => p.paginationToken)).toEqual([...Array.from({ length: expectedPages - 1 }, (_, k) => String(k + 2)), undefined]);
		expect(sorted(values(pages))).toEqual(sorted(contacts().map((c) => c.id)));
		const first = contacts().find((c) => c.id === Number(pages[0].results[0].value))!;
		expect(pages[0].results[0]).toEqual({ name: first.name || first.email || first.phone_number || `#${first.id}`, value: String(first.id), url: undefined });
	});

	it("with a filter: the server's contact search, a token while has_more says so", async () => {
		const matching = contacts().filter((c) => [c.name, c.email ?? '', c.phone_number ?? ''].some((v) => v.toLowerCase().includes('example.com')) || (c.identifier ?? '').includes('example.com'));
		expect(matching.length).toBeGreaterThan(15);
		const pages = await allPages('searchContacts', {}, '  example.com ');
		const expectedPages = Math.ceil(matching.length / 15);
		expect(queries()).toEqual(Array.from({ length: expectedPages }, (_, k) => ({ path: `${A()}/contacts/search`, query: { q: 'example.com', page: String(k + 1) } })));
		expect(pages.at(-1)!.paginationToken).toBeUndefined();
		expect(sorted(values(pages))).toEqual(sorted(matching.map((c) => c.id)));
	});
});

describe('searchConversations', () => {
	const conversations = () => fake.state.conversations.filter((c) => c.account_id === fake.accountId);

	it('every status and assignee, 25 a page; the token follows all_count, so no empty page is asked for', async () => {
		// A multiple of 25 in all: the last full page gets no token.
		const missing = (25 - (conversations().length % 25)) % 25;
		for (let k = 0; k < missing; k++) fake.addConversation({ inboxId: fake.seeded!.inboxes.api });
		fake.server.clearLog();
		const total = conversations().length;
		expect(total % 25).toBe(0);
		const pages = await allPages('searchConversations', {});
		expect(queries()).toEqual(Array.from({ length: total / 25 }, (_, k) => ({ path: `${A()}/conversations`, query: { status: 'all', assignee_type: 'all', page: String(k + 1) } })));
		expect(pages.at(-1)!.paginationToken).toBeUndefined();
		expect(sorted(values(pages))).toEqual(sorted(conversations().map((c) => c.display_id)));
		expect(pages[0].results[0].name).toMatch(/^#\d+ · .+ \((open|pending|resolved|snoozed)\)$/);
	});

	it('a filter is sent as the search text (q)', async () => {
		await search('searchConversations').call(ctx(), ' refund ');
		expect(queries()).toEqual([{ path: `${A()}/conversations`, query: { status: 'all', assignee_type: 'all', q: 'refund', page: '1' } }]);
	});
});

describe('articles of the chosen portal', () => {
	let portalId: number;
	beforeAll(() => {
		// 30 articles in a portal of their own: two pages of 25.
		const template = fake.state.articles[0];
		const portal = { ...fake.state.portals[0], id: fake.state.nextId('portals'), slug: 'paged', name: 'Paged' };
		fake.state.portals.push(portal);
		portalId = portal.id;
		for (let i = 0; i < 30; i++) {
			fake.state.articles.push({ ...template, id: fake.state.nextId('articles'), portal_id: portal.id, category_id: null, title: `Guide ${String(i).padStart(2, '0')}`, slug: `guide-${i}` });
		}
	});
	const inPortal = () => fake.state.articles.filter((a) => a.portal_id === portalId);

	it('searchArticles: the token is the next page while the total (articles_count) says more remain', async () => {
		const pages = await allPages('searchArticles', { portalSlug: rl('paged') });
		expect(queries()).toEqual([1, 2].map((page) => ({ path: `${A()}/portals/paged/articles`, query: { page: String(page) } })));
		expect(pages.map((p) => [p.results.length, p.paginationToken])).toEqual([
			[25, '2'],
			[5, undefined],
		]);
		expect(sorted(values(pages))).toEqual(sorted(inPortal().map((a) => a.id)));
	});

	it('getArticleIds: the first 100 as Article → Get Many reads them (two requests for 30), sorted by title', async () => {
		const load = (node.methods.loadOptions as unknown as Record<string, (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>>).getArticleIds;
		const options = await load.call(ctx({ portalSlug: rl('paged') }));
		expect(queries()).toEqual([1, 2].map((page) => ({ path: `${A()}/portals/paged/articles`, query: { page: String(page) } })));
		expect(options).toEqual(
			[...inPortal()].sort((a, b) => a.title.localeCompare(b.title)).map((a) => ({ name: `${a.title} (${a.locale})`, value: String(a.id) })),
		);
	});
});

describe('lists the server sends whole: one request, filtered here', () => {
	it('searchInboxes, searchAgents, searchTeams: every record, or those whose name contains the filter', async () => {
		const inboxes = fake.state.inboxes.filter((i) => i.account_id === fake.accountId);
		const all = await search('searchInboxes').call(ctx());
		expect(all.results).toEqual(inboxes.map((i) => ({ name: i.name, value: String(i.id) })));
		const [first] = inboxes;
		const some = await search('searchInboxes').call(ctx(), first.name.slice(1, 4).toUpperCase());
		expect(some.results).toEqual(inboxes.filter((i) => i.name.toLowerCase().includes(first.name.slice(1, 4).toLowerCase())).map((i) => ({ name: i.name, value: String(i.id) })));

		const agents = fake.state.agentsOf(fake.accountId).map(({ user }) => ({ name: `${user.display_name || user.name} <${user.email}>`, value: String(user.id) }));
		expect((await search('searchAgents').call(ctx())).results.sort((a, b) => Number(a.value) - Number(b.value))).toEqual(agents.sort((a, b) => Number(a.value) - Number(b.value)));
		// The value typed as is picks the record too.
		expect((await search('searchAgents').call(ctx(), agents[0].value)).results).toEqual([agents[0]]);

		const teams = fake.state.teamsOf(fake.accountId);
		expect((await search('searchTeams').call(ctx())).results).toEqual(teams.map((t) => ({ name: t.name, value: String(t.id) })));
		expect(queries().map((q) => q.path)).toEqual([`${A()}/inboxes`, `${A()}/inboxes`, `${A()}/agents`, `${A()}/agents`, `${A()}/teams`]);
	});
});

describe('getAccounts (the account chooser)', () => {
	it("reads the token's accounts from the profile, at the API root (not under an account)", async () => {
		const load = (node.methods.loadOptions as unknown as Record<string, (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>>).getAccounts;
		const options = await load.call(ctx());
		expect(queries()).toEqual([{ path: '/api/v1/profile', query: {} }]);
		expect(options[0]).toEqual({ name: "Credential's Default Account", value: '' });
		expect(options.length).toBeGreaterThan(1);
	});
});
