/** Dropdowns (loadOptions) and searchable lists (listSearch) filled from the account. */
import { Cliengo } from '../nodes/Cliengo/Cliengo.node';
import { CliengoTrigger } from '../nodes/CliengoTrigger/CliengoTrigger.node';
import { KEY, loadOptionsContext, useFake } from './helpers';

const ctx = useFake({ seed: { contacts: 60 } });
const node = new Cliengo();

describe('loadOptions', () => {
	it('getSites lists every site by title', async () => {
		const out = await node.methods.loadOptions.getSites.call(loadOptionsContext(ctx.fake));
		expect(out).toEqual(
			[...ctx.fake.store.sites].sort((a, b) => a.title.localeCompare(b.title)).map((s) => ({ name: s.title, value: s.id, description: s.url })),
		);
		expect(ctx.fake.requests.map((r) => [r.path, r.query])).toEqual([['/1.0/sites', { api_key: KEY, offset: '0', limit: '50' }]]);
	});

	it('getUsers and getAssignees (with Unassigned first)', async () => {
		const users = await node.methods.loadOptions.getUsers.call(loadOptionsContext(ctx.fake));
		expect(users.map((u) => u.value).sort()).toEqual(ctx.fake.store.users.map((u) => u.id).sort());
		const assignees = await node.methods.loadOptions.getAssignees.call(loadOptionsContext(ctx.fake));
		expect(assignees[0]).toEqual({ name: 'Unassigned', value: 'UNASSIGNED', description: 'Remove the assignment' });
		expect(assignees.slice(1)).toEqual(users);
	});

	it('the trigger uses the same dropdowns', () => {
		const trigger = new CliengoTrigger();
		expect(Object.keys(trigger.methods.loadOptions)).toEqual(['getSites', 'getUsers']);
	});
});

describe('listSearch', () => {
	it('searchContacts pages by offset and sends the typed text as query', async () => {
		const first = await node.methods.listSearch.searchContacts.call(loadOptionsContext(ctx.fake));
		const all = ctx.fake.allContacts();
		expect(first.results).toHaveLength(50);
		expect(first.results[0]).toEqual({ name: `${all[0].name} ${all[0].lastName}`, value: all[0].id, description: `${all[0].email} · ${all[0].phone} · ${all[0].websiteName}` });
		expect(first.paginationToken).toBe('50');
		const second = await node.methods.listSearch.searchContacts.call(loadOptionsContext(ctx.fake), undefined, '50');
		expect(second.results.map((r) => r.value)).toEqual(all.slice(50).map((c) => c.id));
		expect(second.paginationToken).toBeUndefined();
		const found = await node.methods.listSearch.searchContacts.call(loadOptionsContext(ctx.fake), all[3].email!);
		expect(found.results.map((r) => r.value)).toEqual([all[3].id]);
		expect(ctx.fake.requests.at(-1)!.query).toEqual({ api_key: KEY, query: all[3].email, limit: '50', offset: '0' });
	});

	it('searchSites, searchUsers and searchChatbots filter by the typed text', async () => {
		const sites = await node.methods.listSearch.searchSites.call(loadOptionsContext(ctx.fake), 'inmob');
		expect(sites.results).toEqual([{ name: 'Inmobiliaria', value: ctx.fake.store.sites[1].id, url: 'https://casas.example.com', description: 'https://casas.example.com' }]);
		const users = await node.methods.listSearch.searchUsers.call(loadOptionsContext(ctx.fake), 'SOFIA@');
		expect(users.results.map((u) => u.value)).toEqual([ctx.fake.store.users[2].id]);
		const bots = await node.methods.listSearch.searchChatbots.call(loadOptionsContext(ctx.fake), 'valen');
		expect(bots.results).toEqual([{ name: 'Valentina', value: ctx.fake.store.sites[1].id, description: `Site ${ctx.fake.store.sites[1].id}` }]);
	});
});
