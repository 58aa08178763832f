/**
 * The searchable dropdowns over paged lists read the same declared list as the operation (core's
 * listPage): the same requests, one page per call, and a next-page token exactly while records remain.
 */
import type { INodeListSearchResult } from 'n8n-workflow';
import { byId, useChatwoot } from './harness';

const h = useChatwoot();
const queries = () => h.fake.requests.map((r) => ({ path: r.path, query: r.query }));

/** Every page of a list search: the results of each call, and the tokens it was called with. */
async function allPages(name: string, parameters: object, filter?: string) {
	const pages: INodeListSearchResult[] = [];
	let token: string | undefined;
	do {
		const page = (await h.listSearch(name, filter, token, parameters as Record<string, unknown>)) as INodeListSearchResult;
		pages.push(page);
		token = page.paginationToken as string | undefined;
	} while (token !== undefined && pages.length < 20);
	return pages;
}
const values = (pages: INodeListSearchResult[]) => pages.flatMap((p) => p.results.map((r) => r.value));
const sorted = (ids: Array<string | number | boolean>) => ids.map(String).sort((a, b) => Number(a) - Number(b));

describe('searchContacts', () => {
	const contacts = () => h.fake.state.contacts.filter((c) => c.account_id === h.fake.accountId);

	it('without a filter: the contacts list, latest activity first, 15 a page, a token while the total says more remain', async () => {
		const pages = await allPages('searchContacts', {});
		const expectedPages = Math.ceil(contacts().length / 15);
		expect(contacts().length % 15).not.toBe(0);
		expect(queries()).toEqual(Array.from({ length: expectedPages }, (_, k) => ({ path: `${h.A()}/contacts`, query: { sort: '-last_activity_at', page: String(k + 1) } })));
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
		expect(queries()).toEqual(Array.from({ length: expectedPages }, (_, k) => ({ path: `${h.A()}/contacts/search`, query: { q: 'example.com', page: String(k + 1) } })));
		expect(pages.at(-1)!.paginationToken).toBeUndefined();
		expect(sorted(values(pages))).toEqual(sorted(matching.map((c) => c.id)));
	});
});

describe('searchConversations', () => {
	const conversations = () => h.fake.state.conversations.filter((c) => c.account_id === h.fake.accountId);

	it('every status and assignee, 25 a page; the token follows all_count, so no empty page is asked for', async () => {
		// A multiple of 25 in all: the last full page gets no token.
		const missing = (25 - (conversations().length % 25)) % 25;
		for (let k = 0; k < missing; k++) h.fake.addConversation({ inboxId: h.fake.seeded!.inboxes.api });
		h.fake.clearLog();
		const total = conversations().length;
		expect(total % 25).toBe(0);
		const pages = await allPages('searchConversations', {});
		expect(queries()).toEqual(Array.from({ length: total / 25 }, (_, k) => ({ path: `${h.A()}/conversations`, query: { status: 'all', assignee_type: 'all', page: String(k + 1) } })));
		expect(pages.at(-1)!.paginationToken).toBeUndefined();
		expect(sorted(values(pages))).toEqual(sorted(conversations().map((c) => c.display_id)));
		// Each status reads as the Status dropdowns name it ("Open"), not Chatwoot's value ("open").
		const readable: Record<string, string> = { open: 'Open', pending: 'Pending', resolved: 'Resolved', snoozed: 'Snoozed' };
		const byId = new Map(conversations().map((c) => [String(c.display_id), c]));
		for (const r of pages.flatMap((p) => p.results)) expect(r.name).toMatch(new RegExp(`^#${r.value} · .+ \\(${readable[byId.get(String(r.value))!.status]}\\)$`));
	});

	it('a filter is sent as the search text (q)', async () => {
		await h.listSearch('searchConversations', ' refund ');
		expect(queries()).toEqual([{ path: `${h.A()}/conversations`, query: { status: 'all', assignee_type: 'all', q: 'refund', page: '1' } }]);
	});
});

describe('articles of the chosen portal', () => {
	let portalId: number;
	beforeAll(() => {
		// 30 articles in a portal of their own: two pages of 25.
		const template = h.fake.state.articles[0];
		const portal = { ...h.fake.state.portals[0], id: h.fake.state.nextId('portals'), slug: 'paged', name: 'Paged' };
		h.fake.state.portals.push(portal);
		portalId = portal.id;
		for (let i = 0; i < 30; i++) {
			h.fake.state.articles.push({ ...template, id: h.fake.state.nextId('articles'), portal_id: portal.id, category_id: null, title: `Guide ${String(i).padStart(2, '0')}`, slug: `guide-${i}` });
		}
	});
	const inPortal = () => h.fake.state.articles.filter((a) => a.portal_id === portalId);

	it('searchArticles: the token is the next page while the total (articles_count) says more remain', async () => {
		const pages = await allPages('searchArticles', { resource: 'article', operation: 'get', portalSlug: byId('paged') });
		expect(queries()).toEqual([1, 2].map((page) => ({ path: `${h.A()}/portals/paged/articles`, query: { page: String(page) } })));
		expect(pages.map((p) => [p.results.length, p.paginationToken])).toEqual([
			[25, '2'],
			[5, undefined],
		]);
		expect(sorted(values(pages))).toEqual(sorted(inPortal().map((a) => a.id)));
	});

	it('getArticleIds: the first 100 as Article → Get Many reads them (two requests for 30), sorted by title', async () => {
		const options = await h.loadOptions('getArticleIds', { resource: 'article', operation: 'create', portalSlug: byId('paged') });
		expect(queries()).toEqual([1, 2].map((page) => ({ path: `${h.A()}/portals/paged/articles`, query: { page: String(page) } })));
		expect(options).toEqual(
			[...inPortal()].sort((a, b) => a.title.localeCompare(b.title)).map((a) => ({ name: `${a.title} (${a.locale})`, value: String(a.id) })),
		);
	});
});

describe('lists the server sends whole: one request, filtered here', () => {
	it('searchInboxes, searchAgents, searchTeams: every record, or those whose name contains the filter', async () => {
		const inboxes = h.fake.state.inboxes.filter((i) => i.account_id === h.fake.accountId);
		const all = await h.listSearch('searchInboxes');
		// each inbox with its channel's readable name (the seed's inboxes: an API and a website one)
		const named = (i: (typeof inboxes)[number]) => ({ name: `${i.name} (${({ 'Channel::Api': 'API', 'Channel::WebWidget': 'Website' } as Record<string, string>)[i.channel_type]})`, value: String(i.id) });
		expect(all.results).toEqual(inboxes.map(named));
		expect(all.results.map((r) => r.name).join()).not.toContain('Channel::');
		const [first] = inboxes;
		const some = await h.listSearch('searchInboxes', first.name.slice(1, 4).toUpperCase());
		expect(some.results).toEqual(inboxes.filter((i) => i.name.toLowerCase().includes(first.name.slice(1, 4).toLowerCase())).map(named));

		const agents = h.fake.state.agentsOf(h.fake.accountId).map(({ user }) => ({ name: `${user.display_name || user.name} <${user.email}>`, value: String(user.id) }));
		expect((await h.listSearch('searchAgents')).results.sort((a, b) => Number(a.value) - Number(b.value))).toEqual(agents.sort((a, b) => Number(a.value) - Number(b.value)));
		// The value typed as is picks the record too.
		expect((await h.listSearch('searchAgents', agents[0].value)).results).toEqual([agents[0]]);

		const teams = h.fake.state.teamsOf(h.fake.accountId);
		expect((await h.listSearch('searchTeams')).results).toEqual(teams.map((t) => ({ name: t.name, value: String(t.id) })));
		expect(queries().map((q) => q.path)).toEqual([`${h.A()}/inboxes`, `${h.A()}/inboxes`, `${h.A()}/agents`, `${h.A()}/agents`, `${h.A()}/teams`]);
	});
});

describe('searchAccounts (the Account locator)', () => {
	it("reads the token's accounts from the profile, at the API root (not under an account); the credential's default is marked; the filter matches name or id", async () => {
		const { otherAccountId } = h.fake.seeded!;
		const membership = h.fake.state.addUserToAccount(otherAccountId, h.fake.seeded!.users.alice, 'agent');
		try {
			h.fake.clearLog();
			const all = await h.listSearch('searchAccounts');
			expect(queries()).toEqual([{ path: '/api/v1/profile', query: {} }]);
			const acme = { name: `Acme (${h.fake.accountId}) · the credential's default`, value: String(h.fake.accountId) };
			const globex = { name: `Globex (${otherAccountId})`, value: String(otherAccountId) };
			expect(all.results).toEqual([acme, globex]);
			expect((await h.listSearch('searchAccounts', 'glob')).results).toEqual([globex]);
			expect((await h.listSearch('searchAccounts', String(h.fake.accountId))).results).toEqual([acme]);
		} finally {
			h.fake.state.accountUsers.splice(h.fake.state.accountUsers.indexOf(membership), 1);
		}
	});
});
