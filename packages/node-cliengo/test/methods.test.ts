/** Dropdowns (loadOptions) and searchable lists (listSearch) filled from the account. */
import { KEY, trigger, useCliengo } from './helpers';

const h = useCliengo({ seed: { contacts: 60 } });

describe('loadOptions', () => {
	it('getSites lists every site by title', async () => {
		const out = await h.loadOptions('getSites');
		expect(out).toEqual(
			[...h.fake.store.sites].sort((a, b) => a.title.localeCompare(b.title)).map((s) => ({ name: s.title, value: s.id, description: s.url })),
		);
		expect(h.fake.requests.map((r) => [r.path, r.query])).toEqual([['/1.0/sites', { api_key: KEY, offset: '0', limit: '50' }]]);
	});

	it('getUsers and getAssignees (with Unassigned first)', async () => {
		const users = await h.loadOptions('getUsers');
		expect(users.map((u) => u.value).sort()).toEqual(h.fake.store.users.map((u) => u.id).sort());
		const assignees = await h.loadOptions('getAssignees');
		expect(assignees[0]).toEqual({ name: 'Unassigned', value: 'UNASSIGNED', description: 'Remove the assignment' });
		expect(assignees.slice(1)).toEqual(users);
	});

	it('the trigger uses the same dropdowns', () => {
		expect(Object.keys(trigger.methods.loadOptions)).toEqual(['getSites', 'getUsers']);
	});
});

describe('listSearch', () => {
	it('searchContacts pages by offset and sends the typed text as query', async () => {
		const first = await h.listSearch('searchContacts');
		const all = h.fake.allContacts();
		expect(first.results).toHaveLength(50);
		expect(first.results[0]).toEqual({ name: `${all[0].name} ${all[0].lastName}`, value: all[0].id, description: `${all[0].email} · ${all[0].phone} · ${all[0].websiteName}` });
		expect(first.paginationToken).toBe('50');
		const second = await h.listSearch('searchContacts', undefined, '50');
		expect(second.results.map((r) => r.value)).toEqual(all.slice(50).map((c) => c.id));
		expect(second.paginationToken).toBeUndefined();
		const found = await h.listSearch('searchContacts', all[3].email!);
		expect(found.results.map((r) => r.value)).toEqual([all[3].id]);
		expect(h.fake.requests.at(-1)!.query).toEqual({ api_key: KEY, query: all[3].email, limit: '50', offset: '0' });
	});

	it('searchSites, searchUsers and searchChatbots filter by the typed text', async () => {
		const sites = await h.listSearch('searchSites', 'inmob');
		expect(sites.results).toEqual([{ name: 'Inmobiliaria', value: h.fake.store.sites[1].id, url: 'https://casas.example.com', description: 'https://casas.example.com' }]);
		const users = await h.listSearch('searchUsers', 'SOFIA@');
		expect(users.results.map((u) => u.value)).toEqual([h.fake.store.users[2].id]);
		const bots = await h.listSearch('searchChatbots', 'valen');
		expect(bots.results).toEqual([{ name: 'Valentina', value: h.fake.store.sites[1].id, description: `Site ${h.fake.store.sites[1].id}` }]);
	});
});
