/**
 * Contact resource: every operation against the fake Chatwoot — the exact request it received,
 * the items out compared with the fake's own state (through its JSON views), and no spec violation.
 */
import { NodeApiError } from 'n8n-workflow';
import { chatwootViews } from '@leadchat/testkit';
import { byId, jsonOf, resourceOp, useChatwoot } from './harness';

const h = useChatwoot();
const { contactView, conversationView, inboxView } = chatwootViews;

const contactOp = resourceOp('contact');

/** The contact as the server renders it in lists and updates (with its contact inboxes). */
const viewOf = (id: number) => {
	const contact = h.fake.state.contacts.find((c) => c.id === id);
	if (!contact) throw new Error(`no contact ${id} in the fake`);
	return contactView(h.fake.state, contact, { withContactInboxes: true });
};

const accountContacts = () => h.fake.state.contacts.filter((c) => c.account_id === h.fake.accountId);

describe('contact: get', () => {
	it('sends GET /contacts/{id} with the token and outputs the contact', async () => {
		const out = await h.run(contactOp('get', { contactId: byId(5) }));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/contacts/5`, query: {} }]);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		expect(jsonOf(out)).toEqual([viewOf(5)]);
	});

	it('answers a missing contact with the API error "Resource could not be found"', async () => {
		const error = await h.runError(contactOp('get', { contactId: byId(99999) }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
		expect((error as NodeApiError).httpCode).toBe('404');
		expect(h.requests().map((r) => r.path)).toEqual([`${h.A()}/contacts/99999`]);
	});

	it('refuses a missing, a non-numeric and a path-like ID before any request', async () => {
		await h.refused(contactOp('get', { contactId: byId('') }), 'Contact', /is required/);
		await h.refused(contactOp('get', { contactId: byId('abc') }), 'Contact', /numeric/);
		await h.refused(contactOp('get', { contactId: byId('12/../../x') }), 'Contact', /numeric/);
	});
});

describe('contact: getAll', () => {
	it('returns every contact over several pages of 15, once each', async () => {
		const out = jsonOf(await h.run(contactOp('getAll', { returnAll: true })));
		const total = accountContacts().length;
		expect(h.requests().map((r) => r.query)).toEqual([1, 2, 3].map((page) => ({ page: String(page) })).slice(0, Math.ceil(total / 15)));
		expect(out.map((c) => c.id).sort((a, b) => Number(a) - Number(b))).toEqual(accountContacts().map((c) => c.id).sort((a, b) => a - b));
		expect(out).toEqual(out.map((c) => viewOf(Number(c.id))));
	});

	it('stops at the limit: 17 contacts take exactly 2 requests', async () => {
		const out = jsonOf(await h.run(contactOp('getAll', { returnAll: false, limit: 17, options: { sort: 'name', direction: 'asc' } })));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${h.A()}/contacts`, query: { sort: 'name', page: '1' } },
			{ method: 'GET', path: `${h.A()}/contacts`, query: { sort: 'name', page: '2' } },
		]);
		const expected = [...accountContacts()].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id - b.id).slice(0, 17);
		expect(out.map((c) => c.id)).toEqual(expected.map((c) => c.id));
		expect(new Set(out.map((c) => c.id)).size).toBe(17);
	});
});

describe('contact: create', () => {
	it('creates with normalized phone, attributes (JSON + pairs) and an inbox', async () => {
		const inbox = h.fake.seeded!.inboxes.api;
		const out = await h.run(
			contactOp('create', {
				name: 'Zoe Create',
				email: 'zoe.create@example.org',
				phoneNumber: '+1 (555) 777-0001',
				additionalFields: {
					identifier: 'crm-zoe',
					blocked: false,
					avatarUrl: 'https://example.org/zoe.png',
					customAttributesJson: '{"plan": "pro", "seats": 3}',
					customAttributes: { pairs: [{ key: 'plan', value: 'enterprise' }] },
					additionalAttributes: { pairs: [{ key: 'city', value: 'Lima' }] },
					inboxId: String(inbox),
				},
			}),
		);
		expect(h.requests()).toEqual([
			{
				method: 'POST',
				path: `${h.A()}/contacts`,
				query: {},
				body: {
					name: 'Zoe Create',
					email: 'zoe.create@example.org',
					phone_number: '+15557770001',
					identifier: 'crm-zoe',
					blocked: false,
					avatar_url: 'https://example.org/zoe.png',
					additional_attributes: { city: 'Lima' },
					custom_attributes: { plan: 'enterprise', seats: 3 },
					inbox_id: inbox,
				},
			},
		]);
		const created = h.fake.state.contacts.find((c) => c.email === 'zoe.create@example.org')!;
		expect(created.custom_attributes).toEqual({ plan: 'enterprise', seats: 3 });
		expect(h.fake.state.contactInboxesOf(created.id).map((ci) => ci.inbox_id)).toEqual([inbox]);
		expect(jsonOf(out)).toEqual([viewOf(created.id)]);
	});

	it('creates with only a name (no inbox: the code does not require one)', async () => {
		const out = await h.run(contactOp('create', { name: 'Only Name' }));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/contacts`, query: {}, body: { name: 'Only Name' } }]);
		expect(jsonOf(out)[0]).toEqual(viewOf(Number(jsonOf(out)[0].id)));
	});

	it('refuses bad input before any request', async () => {
		await h.refused(contactOp('create', { name: 'X', phoneNumber: '0044 20 7946 0958' }), 'Phone Number', /E\.164/);
		await h.refused(contactOp('create', { name: 'X', phoneNumber: '12345' }), 'Phone Number', /E\.164/);
		await h.refused(contactOp('create', { name: 'X', email: 'not-an-email' }), 'Email', /email address/);
		await h.refused(contactOp('create', {}), 'Name', /unless an Email/);
		await h.refused(contactOp('create', { name: 'X', additionalFields: { customAttributesJson: '{nope' } }), 'Additional Fields → Custom Attributes (JSON)', /valid JSON/);
		await h.refused(contactOp('create', { name: 'X', additionalFields: { customAttributesJson: '[1, 2]' } }), 'Additional Fields → Custom Attributes (JSON)', /JSON object/);
	});

	it("passes the server's validation error through (duplicate email)", async () => {
		const taken = accountContacts().find((c) => c.email)!.email!;
		const error = await h.runError(contactOp('create', { name: 'Dup', email: taken }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('422');
		expect(error.message).toMatch(/Email has already been taken/);
	});
});

describe('contact: update', () => {
	it('PUTs the changed fields; attributes merge into the existing ones', async () => {
		const contact = h.fake.addContact({ name: 'Up Date', custom_attributes: { plan: 'pro', keep: 'me' }, additional_attributes: { city: 'Oslo' } });
		h.fake.clearLog();
		const out = await h.run(
			contactOp('update', {
				contactId: byId(contact.id),
				updateFields: { name: 'Up Dated', phoneNumber: '+44 20 7946 0958', customAttributes: { pairs: [{ key: 'plan', value: 'enterprise' }] } },
			}),
		);
		expect(h.requests()).toEqual([
			{
				method: 'PUT',
				path: `${h.A()}/contacts/${contact.id}`,
				query: {},
				body: { name: 'Up Dated', phone_number: '+442079460958', custom_attributes: { plan: 'enterprise' } },
			},
		]);
		expect(contact.custom_attributes).toEqual({ plan: 'enterprise', keep: 'me' });
		expect(contact.additional_attributes).toEqual({ city: 'Oslo' });
		expect(jsonOf(out)).toEqual([viewOf(contact.id)]);
	});

	it('refuses an empty update and a bad phone number', async () => {
		await h.refused(contactOp('update', { contactId: byId(1), updateFields: {} }), 'Update Fields', /at least one/);
		await h.refused(contactOp('update', { contactId: byId(1), updateFields: { phoneNumber: '555-1234' } }), 'Update Fields → Phone Number', /E\.164/);
	});
});

describe('contact: delete', () => {
	it('deletes the contact', async () => {
		const contact = h.fake.addContact({ name: 'To Delete' });
		h.fake.clearLog();
		const out = await h.run(contactOp('delete', { contactId: byId(contact.id) }));
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${h.A()}/contacts/${contact.id}`, query: {} }]);
		expect(jsonOf(out)).toEqual([{ success: true, id: contact.id }]);
		expect(h.fake.state.contacts.some((c) => c.id === contact.id)).toBe(false);
	});

	it('reports the server refusal for an online contact', async () => {
		const contact = h.fake.addContact({ name: 'Online Olga', availability_status: 'online' });
		h.fake.clearLog();
		const error = await h.runError(contactOp('delete', { contactId: byId(contact.id) }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Online Olga is Online, please try again later');
		contact.availability_status = 'offline';
	});
});

describe('contact: search', () => {
	const matching = (q: string) => accountContacts().filter((c) => [c.name, c.email ?? '', c.phone_number ?? ''].some((v) => v.toLowerCase().includes(q)) || (c.identifier ?? '').includes(q));

	it('follows has_more over every page', async () => {
		const expected = matching('example.com');
		expect(expected.length).toBeGreaterThan(30);
		const out = jsonOf(await h.run(contactOp('search', { query: 'example.com', returnAll: true })));
		const pages = Math.ceil(expected.length / 15);
		expect(h.requests()).toEqual(
			Array.from({ length: pages }, (_, k) => ({ method: 'GET', path: `${h.A()}/contacts/search`, query: { q: 'example.com', page: String(k + 1) } })),
		);
		expect(out.map((c) => c.id).sort((a, b) => Number(a) - Number(b))).toEqual(expected.map((c) => c.id).sort((a, b) => a - b));
		expect(out).toEqual(out.map((c) => viewOf(Number(c.id))));
	});

	it('stops at the limit with the sort asked for', async () => {
		const out = jsonOf(await h.run(contactOp('search', { query: 'example.com', returnAll: false, limit: 16, options: { sort: 'email', direction: 'asc' } })));
		expect(h.requests().map((r) => r.query)).toEqual([
			{ q: 'example.com', sort: 'email', page: '1' },
			{ q: 'example.com', sort: 'email', page: '2' },
		]);
		expect(out).toHaveLength(16);
		const emails = out.map((c) => String(c.email));
		expect(emails).toEqual([...emails].sort());
	});

	it('refuses an empty search text', async () => {
		await h.refused(contactOp('search', { query: '  ', returnAll: true }), 'Search Text', /required/);
	});
});

describe('contact: filter', () => {
	it('sends the built conditions and pages through every match', async () => {
		const expected = accountContacts().filter((c) => (c.email ?? '').includes('example.com') || c.additional_attributes.country_code === 'US');
		const out = jsonOf(
			await h.run(
				contactOp('filter', {
					filterMode: 'builder',
					conditions: {
						condition: [
							{ attributeKey: 'email', filterOperator: 'contains', values: 'example.com', queryOperator: 'OR' },
							{ attributeKey: 'country_code', filterOperator: 'equal_to', values: 'US', queryOperator: 'AND' },
						],
					},
					returnAll: true,
				}),
			),
		);
		const payload = [
			{ attribute_key: 'email', filter_operator: 'contains', values: ['example.com'], query_operator: 'OR' },
			{ attribute_key: 'country_code', filter_operator: 'equal_to', values: ['US'] },
		];
		expect(h.requests()).toEqual(
			Array.from({ length: Math.ceil(expected.length / 15) }, (_, k) => ({ method: 'POST', path: `${h.A()}/contacts/filter`, query: { page: String(k + 1) }, body: { payload } })),
		);
		expect(out.map((c) => c.id).sort((a, b) => Number(a) - Number(b))).toEqual(expected.map((c) => c.id).sort((a, b) => a - b));
	});

	it('takes the payload as JSON, with a limit', async () => {
		const json = '[{"attribute_key": "country_code", "filter_operator": "equal_to", "values": ["US"], "query_operator": null}]';
		const out = jsonOf(await h.run(contactOp('filter', { filterMode: 'json', filterJson: json, returnAll: false, limit: 3 })));
		expect(h.requests()).toEqual([{ method: 'POST', path: `${h.A()}/contacts/filter`, query: { page: '1' }, body: { payload: JSON.parse(json) } }]);
		expect(out).toHaveLength(3);
		for (const c of out) expect(h.fake.state.contacts.find((x) => x.id === c.id)!.additional_attributes.country_code).toBe('US');
	});

	it('refuses invalid JSON, an empty filter and an unknown operator', async () => {
		await h.refused(contactOp('filter', { filterMode: 'json', filterJson: '[{oops', returnAll: true }), 'Filter (JSON)', /valid JSON/);
		await h.refused(contactOp('filter', { filterMode: 'json', filterJson: '[]', returnAll: true }), 'Filter (JSON)', /at least one/);
		await h.refused(contactOp('filter', { filterMode: 'json', filterJson: '[{"values": []}]', returnAll: true }), 'Filter (JSON)', /attribute_key/);
		await h.refused(contactOp('filter', { filterMode: 'builder', conditions: {}, returnAll: true }), 'Conditions', /at least one/);
		await h.refused(
			contactOp('filter', { filterMode: 'builder', conditions: { condition: [{ attributeKey: 'email', filterOperator: 'like', values: 'x' }] }, returnAll: true }),
			'Conditions',
			/unknown operator/,
		);
	});
});

describe('contact: getActive', () => {
	it('pages through online contacts and honours the limit', async () => {
		for (let k = 0; k < 15; k++) h.fake.addContact({ name: `Online ${k}`, availability_status: 'online' });
		h.fake.clearLog();
		const online = accountContacts().filter((c) => c.availability_status === 'online');
		expect(online.length).toBeGreaterThan(15);
		const all = jsonOf(await h.run(contactOp('getActive', { returnAll: true })));
		expect(h.requests()).toEqual([1, 2].map((page) => ({ method: 'GET', path: `${h.A()}/contacts/active`, query: { page: String(page) } })));
		expect(all.map((c) => c.id).sort((a, b) => Number(a) - Number(b))).toEqual(online.map((c) => c.id).sort((a, b) => a - b));
		expect(all).toEqual(all.map((c) => viewOf(Number(c.id))));

		h.fake.clearLog();
		const some = jsonOf(await h.run(contactOp('getActive', { returnAll: false, limit: 15 })));
		expect(h.requests()).toHaveLength(1);
		expect(some).toEqual(all.slice(0, 15));
		for (const c of h.fake.state.contacts) if (c.name.startsWith('Online ')) c.availability_status = 'offline';
	});
});

describe('contact: getConversations', () => {
	it('lists the conversations of the contact, sliced by the limit', async () => {
		const mine = h.fake.state.conversations.filter((c) => c.account_id === h.fake.accountId && c.contact_id === 1);
		expect(mine.length).toBeGreaterThan(1);
		const all = jsonOf(await h.run(contactOp('getConversations', { contactId: byId(1), returnAll: true })));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/contacts/1/conversations`, query: {} }]);
		expect(all.map((c) => c.id).sort()).toEqual(mine.map((c) => c.display_id).sort());
		expect(all).toEqual(all.map((c) => conversationView(h.fake.state, h.fake.conversation(Number(c.id))!)));

		h.fake.clearLog();
		const one = jsonOf(await h.run(contactOp('getConversations', { contactId: byId(1), returnAll: false, limit: 1 })));
		expect(h.requests()).toHaveLength(1);
		expect(one).toEqual(all.slice(0, 1));
	});
});

describe('contact: getContactableInboxes', () => {
	it('lists the inboxes that can reach the contact, with their source ID', async () => {
		const contact = accountContacts()[1];
		const out = jsonOf(await h.run(contactOp('getContactableInboxes', { contactId: byId(contact.id), returnAll: true })));
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/contacts/${contact.id}/contactable_inboxes`, query: {} }]);
		const links = h.fake.state.contactInboxesOf(contact.id);
		expect(out).toEqual(
			links.map((ci) => ({ source_id: ci.source_id, inbox: inboxView(h.fake.state.inboxes.find((i) => i.id === ci.inbox_id)!) })),
		);
	});
});

describe('contact: merge', () => {
	it('merges the second contact into the first', async () => {
		const base = h.fake.addContact({ name: 'Base Person', email: 'base.person@example.net', custom_attributes: { a: 1 } });
		const mergee = h.fake.addContact({ name: 'Mergee Person', phone_number: '+15550009999', custom_attributes: { b: 2 } });
		h.fake.clearLog();
		const out = await h.run(contactOp('merge', { baseContactId: byId(base.id), mergeeContactId: byId(mergee.id) }));
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/actions/contact_merge`, query: {}, body: { base_contact_id: base.id, mergee_contact_id: mergee.id } },
		]);
		expect(h.fake.state.contacts.some((c) => c.id === mergee.id)).toBe(false);
		expect(base.phone_number).toBe('+15550009999');
		expect(jsonOf(out)).toEqual([contactView(h.fake.state, base)]);
	});

	it('refuses merging a contact into itself', async () => {
		await h.refused(contactOp('merge', { baseContactId: byId(3), mergeeContactId: byId(3) }), 'Contact to Merge Into It', /another contact/);
	});
});

describe('contact: deleteCustomAttributes', () => {
	it('removes the given keys and keeps the others', async () => {
		const contact = h.fake.addContact({ name: 'Attr Person', custom_attributes: { plan: 'pro', seats: 4, keep: true } });
		h.fake.clearLog();
		const out = await h.run(contactOp('deleteCustomAttributes', { contactId: byId(contact.id), keys: 'plan, seats' }));
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${h.A()}/contacts/${contact.id}/destroy_custom_attributes`, query: {}, body: { custom_attributes: ['plan', 'seats'] } },
		]);
		expect(contact.custom_attributes).toEqual({ keep: true });
		expect(jsonOf(out)).toEqual([viewOf(contact.id)]);
	});

	it('refuses an empty key list', async () => {
		await h.refused(contactOp('deleteCustomAttributes', { contactId: byId(1), keys: ' , ' }), 'Attribute Keys', /at least one/);
	});
});

describe('contact: createOrUpdate', () => {
	it('updates the contact found by email (exact, case-insensitive), ignoring partial matches', async () => {
		const target = h.fake.addContact({ name: 'Upsert Email', email: 'up@sert.io' });
		h.fake.addContact({ name: 'Partial', email: 'sup@sert.io.example' }); // contains "up@sert.io"
		h.fake.clearLog();
		const out = await h.run(contactOp('createOrUpdate', { email: 'UP@sert.io', name: 'Upsert Email 2', additionalFields: { customAttributes: { pairs: [{ key: 'tier', value: 'gold' }] } } }));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${h.A()}/contacts/search`, query: { q: 'UP@sert.io', page: '1' } },
			{ method: 'PUT', path: `${h.A()}/contacts/${target.id}`, query: {}, body: { name: 'Upsert Email 2', email: 'UP@sert.io', custom_attributes: { tier: 'gold' } } },
		]);
		expect(jsonOf(out)).toEqual([{ ...viewOf(target.id), upsertAction: 'updated' }]);
	});

	it('falls back to the phone number, then to the identifier', async () => {
		const byPhone = h.fake.addContact({ name: 'Upsert Phone', phone_number: '+15558880001' });
		h.fake.clearLog();
		const out = await h.run(contactOp('createOrUpdate', { email: 'nobody.here@sert.io', phoneNumber: '+1 555 888 0001' }));
		expect(h.requests().map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `${h.A()}/contacts/search`, { q: 'nobody.here@sert.io', page: '1' }],
			['GET', `${h.A()}/contacts/search`, { q: '+15558880001', page: '1' }],
			['PUT', `${h.A()}/contacts/${byPhone.id}`, {}],
		]);
		expect(jsonOf(out)[0]).toMatchObject({ id: byPhone.id, email: 'nobody.here@sert.io', upsertAction: 'updated' });

		const byIdentifier = h.fake.addContact({ name: 'Upsert Ident', identifier: 'ext-42' });
		h.fake.clearLog();
		const again = await h.run(contactOp('createOrUpdate', { identifier: 'ext-42', name: 'Upsert Ident 2' }));
		expect(h.requests().map((r) => [r.method, r.path, r.body])).toEqual([
			['GET', `${h.A()}/contacts/search`, undefined],
			['PUT', `${h.A()}/contacts/${byIdentifier.id}`, { name: 'Upsert Ident 2', identifier: 'ext-42' }],
		]);
		expect(jsonOf(again)).toEqual([{ ...viewOf(byIdentifier.id), upsertAction: 'updated' }]);
	});

	it('creates the contact (with its inbox) when none matches', async () => {
		const inbox = h.fake.seeded!.inboxes.api;
		const out = await h.run(contactOp('createOrUpdate', { email: 'brand.new@sert.io', name: 'Brand New', additionalFields: { inboxId: String(inbox) } }));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${h.A()}/contacts/search`, query: { q: 'brand.new@sert.io', page: '1' } },
			{ method: 'POST', path: `${h.A()}/contacts`, query: {}, body: { name: 'Brand New', email: 'brand.new@sert.io', inbox_id: inbox } },
		]);
		const created = h.fake.state.contacts.find((c) => c.email === 'brand.new@sert.io')!;
		expect(jsonOf(out)).toEqual([{ ...viewOf(created.id), upsertAction: 'created' }]);
	});

	it('needs something to match on, and checks it before any request', async () => {
		await h.refused(contactOp('createOrUpdate', { name: 'No Key' }), 'Email', /at least one is needed/);
		await h.refused(contactOp('createOrUpdate', { phoneNumber: '5551234' }), 'Phone Number', /E\.164/);
	});
});
