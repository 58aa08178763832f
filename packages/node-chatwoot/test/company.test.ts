/**
 * Companies (Enterprise CRM) and their contacts: CRUD, search, custom attributes, members,
 * conversations and notes. The spec has none of these routes; the fake serves them as Chatwoot's
 * Enterprise controllers and views do, and where the shape is inferred (the companies page size,
 * the conversations envelope) the node reads it tolerantly: `{meta:{total_count}, payload}`
 * pages and `{payload}` lists.
 */
import { NodeApiError } from 'n8n-workflow';
import { chatwoot, chatwootViews } from '@leadchat/testkit';
import { ENTERPRISE_NOTE } from '../nodes/Chatwoot/helpers/enterprise';
import { resources } from '../nodes/Chatwoot/actions';
import type { INodeListSearchResult } from 'n8n-workflow';
import { byId, jsonOf, resourceOp, useChatwoot } from './harness';

const h = useChatwoot();
const companyOp = resourceOp('company');
const memberOp = resourceOp('companyContact');
const { companyView, COMPANIES_PER_PAGE, COMPANY_CONTACTS_PER_PAGE } = chatwoot;
const { contactView } = chatwootViews;

const company = (id: number) => h.fake.state.companies.find((c) => c.id === id)!;
const view = (id: number) => companyView(company(id));

describe('company', () => {
	it('every company operation says it needs Chatwoot Enterprise', () => {
		const ops = resources.filter((r) => r.value === 'company' || r.value === 'companyContact').flatMap((r) => r.operations);
		expect(ops).toHaveLength(13);
		for (const op of ops) expect(op.description).toContain(ENTERPRISE_NOTE);
	});

	it('create: sends the company wrapped, returns the payload', async () => {
		const out = await h.run(
			companyOp('create', { name: 'Acme Inc.', additionalFields: { domain: 'acme.example', description: 'Rockets', customAttributes: { pairs: [{ key: 'tier', value: 'gold' }] } } }),
		);
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/companies`, query: {}, body: { company: { name: 'Acme Inc.', domain: 'acme.example', description: 'Rockets', custom_attributes: { tier: 'gold' } } } },
		]);
		const created = h.fake.state.companies.find((c) => c.name === 'Acme Inc.')!;
		expect(created.custom_attributes).toEqual({ tier: 'gold' });
		expect(jsonOf(out)).toEqual([view(created.id)]);
	});

	it('create: a taken domain is the API error with Chatwoot’s message', async () => {
		await h.apiError(companyOp('create', { name: 'Acme Two', additionalFields: { domain: 'acme.example' } }), 422, 'Domain has already been taken');
	});

	it('getAll: walks the pages of 25 by name; the limit stops early', async () => {
		for (let i = 0; i < COMPANIES_PER_PAGE + 3; i++) h.fake.state.companies.push({ ...company(h.fake.state.companies[0].id), id: 9000 + i, name: `Bulk ${String(i).padStart(2, '0')}`, domain: null, contact_ids: [] });
		h.fake.clearLog();
		const all = await h.run(companyOp('getAll', { returnAll: true }));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${h.A()}/companies`, query: { page: '1' } },
			{ method: 'GET', path: `${h.A()}/companies`, query: { page: '2' } },
		]);
		const expected = h.fake.state.companies
			.filter((c) => c.account_id === h.fake.accountId)
			.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id)
			.map(companyView);
		expect(jsonOf(all)).toEqual(expected);
		h.fake.clearLog();
		const three = await h.run(companyOp('getAll', { returnAll: false, limit: 3 }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/companies`, query: { page: '1' } }]);
		expect(jsonOf(three)).toEqual(expected.slice(0, 3));
	});

	it('search: sends q, returns the matches', async () => {
		const out = await h.run(companyOp('search', { query: 'acme', returnAll: true }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/companies/search`, query: { q: 'acme', page: '1' } }]);
		expect(jsonOf(out)).toEqual([view(h.fake.state.companies.find((c) => c.name === 'Acme Inc.')!.id)]);
	});

	it('get, update, delete custom attributes', async () => {
		const id = h.fake.state.companies.find((c) => c.name === 'Acme Inc.')!.id;
		const got = await h.run(companyOp('get', { companyId: byId(id) }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/companies/${id}`, query: {} }]);
		expect(jsonOf(got)).toEqual([view(id)]);

		h.fake.clearLog();
		const updated = await h.run(companyOp('update', { companyId: byId(id), updateFields: { description: 'Rockets and more', customAttributesJson: '{"region": "EU"}' } }));
		expect(h.requests()).toEqual([
			{ method: 'PATCH', path: `${h.A()}/companies/${id}`, query: {}, body: { company: { description: 'Rockets and more', custom_attributes: { region: 'EU' } } } },
		]);
		expect(company(id).custom_attributes).toEqual({ tier: 'gold', region: 'EU' });
		expect(jsonOf(updated)).toEqual([view(id)]);

		h.fake.clearLog();
		const trimmed = await h.run(companyOp('deleteCustomAttributes', { companyId: byId(id), keys: 'tier' }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/companies/${id}/destroy_custom_attributes`, query: {}, body: { custom_attributes: ['tier'] } }]);
		expect(company(id).custom_attributes).toEqual({ region: 'EU' });
		expect(jsonOf(trimmed)).toEqual([view(id)]);
	});

	it('company contacts: add, list, search, conversations, notes, remove', async () => {
		const id = h.fake.state.companies.find((c) => c.name === 'Acme Inc.')!.id;
		const jane = h.fake.addContact({ name: 'Jane Acme', email: 'jane@acme.example' });
		const conversation = h.newConversation({ contactId: jane.id });
		h.fake.state.notes.push({ id: 77001, account_id: h.fake.accountId, contact_id: jane.id, user_id: null, content: 'Met at the fair', created_at: 1, updated_at: 1 });
		h.fake.clearLog();

		const added = await h.run(memberOp('add', { companyId: byId(id), contactId: byId(jane.id) }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/companies/${id}/contacts`, query: {}, body: { contact_id: jane.id } }]);
		expect(company(id).contact_ids).toEqual([jane.id]);
		expect(jsonOf(added)).toEqual([contactView(h.fake.state, jane)]);

		h.fake.clearLog();
		const members = await h.run(memberOp('getAll', { companyId: byId(id), returnAll: true }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/companies/${id}/contacts`, query: { page: '1' } }]);
		expect(jsonOf(members)).toEqual([contactView(h.fake.state, jane)]);
		expect(COMPANY_CONTACTS_PER_PAGE).toBe(15);

		h.fake.clearLog();
		const found = await h.run(memberOp('search', { companyId: byId(id), query: 'jane@acme', returnAll: true }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/companies/${id}/contacts/search`, query: { q: 'jane@acme', page: '1' } }]);
		expect(jsonOf(found)).toEqual([]); // Jane is a member already: the search offers only others

		h.fake.clearLog();
		const conversations = await h.run(companyOp('getConversations', { companyId: byId(id), returnAll: true }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/companies/${id}/conversations`, query: {} }]);
		expect(jsonOf(conversations)).toEqual([chatwootViews.conversationView(h.fake.state, conversation)]);

		h.fake.clearLog();
		const notes = await h.run(companyOp('getNotes', { companyId: byId(id), returnAll: true }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/companies/${id}/notes`, query: {} }]);
		expect(jsonOf(notes).map((n) => [n.content, (n.contact as { id: number }).id])).toEqual([['Met at the fair', jane.id]]);

		h.fake.clearLog();
		const removed = await h.run(memberOp('remove', { companyId: byId(id), contactId: byId(jane.id) }));
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${h.A()}/companies/${id}/contacts/${jane.id}`, query: {} }]);
		expect(company(id).contact_ids).toEqual([]);
		expect(jsonOf(removed)).toEqual([{ success: true, companyId: id, contactId: jane.id }]);
	});

	it('the Company list search: by name, and by the server search', async () => {
		const all = (await h.listSearch('searchCompanies')) as INodeListSearchResult;
		expect(all.results[0]).toEqual({ name: 'Acme Inc. (acme.example)', value: String(h.fake.state.companies.find((c) => c.name === 'Acme Inc.')!.id) });
		h.fake.clearLog();
		const some = (await h.listSearch('searchCompanies', 'bulk 0')) as INodeListSearchResult;
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/companies/search`, query: { q: 'bulk 0', page: '1' } }]);
		expect(some.results.map((r) => r.name)).toEqual(['Bulk 00', 'Bulk 01', 'Bulk 02', 'Bulk 03', 'Bulk 04', 'Bulk 05', 'Bulk 06', 'Bulk 07', 'Bulk 08', 'Bulk 09']);
	});

	it('delete: removes the company; a missing one is the API error', async () => {
		const id = h.fake.state.companies.find((c) => c.name === 'Acme Inc.')!.id;
		const out = await h.run(companyOp('delete', { companyId: byId(id) }));
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${h.A()}/companies/${id}`, query: {} }]);
		expect(jsonOf(out)).toEqual([{ success: true, id }]);
		const error = await h.runError(companyOp('get', { companyId: byId(id) }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('404');
	});

	it('refuses bad input before any request', async () => {
		await h.refused(companyOp('create', { name: '  ' }), 'Name', /required/);
		await h.refused(companyOp('create', { name: 'X', additionalFields: { domain: 'https://x.example/path' } }), 'Additional Fields → Domain', /host name/);
		await h.refused(companyOp('update', { companyId: byId(1), updateFields: {} }), 'Update Fields', /at least one/);
		await h.refused(companyOp('get', { companyId: byId('abc') }), 'Company', /numeric|number/);
		await h.refused(memberOp('search', { companyId: byId(1), query: '' }), 'Search Text', /required/);
		await h.refused(companyOp('deleteCustomAttributes', { companyId: byId(1), keys: '' }), 'Attribute Keys', /at least one/);
	});
});
