/**
 * Contact resource: every operation against the fake Chatwoot — the exact request it received,
 * the items out compared with the fake's own state (through its JSON views), and no spec violation.
 */
import { NodeApiError } from 'n8n-workflow';
import { contactView, conversationView, inboxView } from '../../testkit/src/fakes/chatwoot/views';
import { jsonOf, resourceOp, rl, run, useFake } from './harness';

const { fake, A, sent, failure, refused } = useFake();

const contactOp = resourceOp('contact');

/** The contact as the server renders it in lists and updates (with its contact inboxes). */
const viewOf = (id: number) => {
	const contact = fake.state.contacts.find((c) => c.id === id);
	if (!contact) throw new Error(`no contact ${id} in the fake`);
	return contactView(fake.state, contact, { withContactInboxes: true });
};

const accountContacts = () => fake.state.contacts.filter((c) => c.account_id === fake.accountId);

describe('contact: get', () => {
	it('sends GET /contacts/{id} with the token and outputs the contact', async () => {
		const out = await run(fake, contactOp('get', { contactId: rl(5) }));
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/contacts/5`, query: {}, body: undefined }]);
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		expect(jsonOf(out)).toEqual([viewOf(5)]);
	});

	it('answers a missing contact with the API error "Resource could not be found"', async () => {
		const error = await failure(contactOp('get', { contactId: rl(99999) }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Resource could not be found');
		expect((error as NodeApiError).httpCode).toBe('404');
		expect(sent().map((r) => r.path)).toEqual([`${A()}/contacts/99999`]);
	});

	it('refuses a missing, a non-numeric and a path-like ID before any request', async () => {
		await refused(contactOp('get', { contactId: rl('') }), 'Contact', /is required/);
		await refused(contactOp('get', { contactId: rl('abc') }), 'Contact', /numeric/);
		await refused(contactOp('get', { contactId: rl('12/../../x') }), 'Contact', /numeric/);
	});
});

describe('contact: getAll', () => {
	it('returns every contact over several pages of 15, once each', async () => {
		const out = jsonOf(await run(fake, contactOp('getAll', { returnAll: true })));
		const total = accountContacts().length;
		expect(sent().map((r) => r.query)).toEqual([1, 2, 3].map((page) => ({ page: String(page) })).slice(0, Math.ceil(total / 15)));
		expect(out.map((c) => c.id).sort((a, b) => Number(a) - Number(b))).toEqual(accountContacts().map((c) => c.id).sort((a, b) => a - b));
		expect(out).toEqual(out.map((c) => viewOf(Number(c.id))));
	});

	it('stops at the limit: 17 contacts take exactly 2 requests', async () => {
		const out = jsonOf(await run(fake, contactOp('getAll', { returnAll: false, limit: 17, options: { sort: 'name', direction: 'asc' } })));
		expect(sent()).toEqual([
			{ method: 'GET', path: `${A()}/contacts`, query: { sort: 'name', page: '1' }, body: undefined },
			{ method: 'GET', path: `${A()}/contacts`, query: { sort: 'name', page: '2' }, body: undefined },
		]);
		const expected = [...accountContacts()].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.id - b.id).slice(0, 17);
		expect(out.map((c) => c.id)).toEqual(expected.map((c) => c.id));
		expect(new Set(out.map((c) => c.id)).size).toBe(17);
	});
});

describe('contact: create', () => {
	it('creates with normalized phone, attributes (JSON + pairs) and an inbox', async () => {
		const inbox = fake.seeded!.inboxes.api;
		const out = await run(
			fake,
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
		expect(sent()).toEqual([
			{
				method: 'POST',
				path: `${A()}/contacts`,
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
		const created = fake.state.contacts.find((c) => c.email === 'zoe.create@example.org')!;
		expect(created.custom_attributes).toEqual({ plan: 'enterprise', seats: 3 });
		expect(fake.state.contactInboxesOf(created.id).map((ci) => ci.inbox_id)).toEqual([inbox]);
		expect(jsonOf(out)).toEqual([viewOf(created.id)]);
	});

	it('creates with only a name (no inbox: the code does not require one)', async () => {
		const out = await run(fake, contactOp('create', { name: 'Only Name' }));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/contacts`, query: {}, body: { name: 'Only Name' } }]);
		expect(jsonOf(out)[0]).toEqual(viewOf(Number(jsonOf(out)[0].id)));
	});

	it('refuses bad input before any request', async () => {
		await refused(contactOp('create', { name: 'X', phoneNumber: '0044 20 7946 0958' }), 'Phone Number', /E\.164/);
		await refused(contactOp('create', { name: 'X', phoneNumber: '12345' }), 'Phone Number', /E\.164/);
		await refused(contactOp('create', { name: 'X', email: 'not-an-email' }), 'Email', /email address/);
		await refused(contactOp('create', {}), 'Name', /unless an Email/);
		await refused(contactOp('create', { name: 'X', additionalFields: { customAttributesJson: '{nope' } }), 'Additional Fields → Custom Attributes (JSON)', /valid JSON/);
		await refused(contactOp('create', { name: 'X', additionalFields: { customAttributesJson: '[1, 2]' } }), 'Additional Fields → Custom Attributes (JSON)', /JSON object/);
	});

	it("passes the server's validation error through (duplicate email)", async () => {
		const taken = accountContacts().find((c) => c.email)!.email!;
		const error = await failure(contactOp('create', { name: 'Dup', email: taken }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).httpCode).toBe('422');
		expect(error.message).toMatch(/Email has already been taken/);
	});
});

describe('contact: update', () => {
	it('PUTs the changed fields; attributes merge into the existing ones', async () => {
		const contact = fake.addContact({ name: 'Up Date', custom_attributes: { plan: 'pro', keep: 'me' }, additional_attributes: { city: 'Oslo' } });
		fake.server.clearLog();
		const out = await run(
			fake,
			contactOp('update', {
				contactId: rl(contact.id),
				updateFields: { name: 'Up Dated', phoneNumber: '+44 20 7946 0958', customAttributes: { pairs: [{ key: 'plan', value: 'enterprise' }] } },
			}),
		);
		expect(sent()).toEqual([
			{
				method: 'PUT',
				path: `${A()}/contacts/${contact.id}`,
				query: {},
				body: { name: 'Up Dated', phone_number: '+442079460958', custom_attributes: { plan: 'enterprise' } },
			},
		]);
		expect(contact.custom_attributes).toEqual({ plan: 'enterprise', keep: 'me' });
		expect(contact.additional_attributes).toEqual({ city: 'Oslo' });
		expect(jsonOf(out)).toEqual([viewOf(contact.id)]);
	});

	it('refuses an empty update and a bad phone number', async () => {
		await refused(contactOp('update', { contactId: rl(1), updateFields: {} }), 'Update Fields', /at least one/);
		await refused(contactOp('update', { contactId: rl(1), updateFields: { phoneNumber: '555-1234' } }), 'Update Fields → Phone Number', /E\.164/);
	});
});

describe('contact: delete', () => {
	it('deletes the contact', async () => {
		const contact = fake.addContact({ name: 'To Delete' });
		fake.server.clearLog();
		const out = await run(fake, contactOp('delete', { contactId: rl(contact.id) }));
		expect(sent()).toEqual([{ method: 'DELETE', path: `${A()}/contacts/${contact.id}`, query: {}, body: undefined }]);
		expect(jsonOf(out)).toEqual([{ success: true, id: contact.id }]);
		expect(fake.state.contacts.some((c) => c.id === contact.id)).toBe(false);
	});

	it('reports the server refusal for an online contact', async () => {
		const contact = fake.addContact({ name: 'Online Olga', availability_status: 'online' });
		fake.server.clearLog();
		const error = await failure(contactOp('delete', { contactId: rl(contact.id) }));
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
		const out = jsonOf(await run(fake, contactOp('search', { query: 'example.com', returnAll: true })));
		const pages = Math.ceil(expected.length / 15);
		expect(sent()).toEqual(
			Array.from({ length: pages }, (_, k) => ({ method: 'GET', path: `${A()}/contacts/search`, query: { q: 'example.com', page: String(k + 1) }, body: undefined })),
		);
		expect(out.map((c) => c.id).sort((a, b) => Number(a) - Number(b))).toEqual(expected.map((c) => c.id).sort((a, b) => a - b));
		expect(out).toEqual(out.map((c) => viewOf(Number(c.id))));
	});

	it('stops at the limit with the sort asked for', async () => {
		const out = jsonOf(await run(fake, contactOp('search', { query: 'example.com', returnAll: false, limit: 16, options: { sort: 'email', direction: 'asc' } })));
		expect(sent().map((r) => r.query)).toEqual([
			{ q: 'example.com', sort: 'email', page: '1' },
			{ q: 'example.com', sort: 'email', page: '2' },
		]);
		expect(out).toHaveLength(16);
		const emails = out.map((c) => String(c.email));
		expect(emails).toEqual([...emails].sort());
	});

	it('refuses an empty search text', async () => {
		await refused(contactOp('search', { query: '  ', returnAll: true }), 'Search Text', /required/);
	});
});

describe('contact: filter', () => {
	it('sends the built conditions and pages through every match', async () => {
		const expected = accountContacts().filter((c) => (c.email ?? '').includes('example.com') || c.additional_attributes.country_code === 'US');
		const out = jsonOf(
			await run(
				fake,
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
		expect(sent()).toEqual(
			Array.from({ length: Math.ceil(expected.length / 15) }, (_, k) => ({ method: 'POST', path: `${A()}/contacts/filter`, query: { page: String(k + 1) }, body: { payload } })),
		);
		expect(out.map((c) => c.id).sort((a, b) => Number(a) - Number(b))).toEqual(expected.map((c) => c.id).sort((a, b) => a - b));
	});

	it('takes the payload as JSON, with a limit', async () => {
		const json = '[{"attribute_key": "country_code", "filter_operator": "equal_to", "values": ["US"], "query_operator": null}]';
		const out = jsonOf(await run(fake, contactOp('filter', { filterMode: 'json', filterJson: json, returnAll: false, limit: 3 })));
		expect(sent()).toEqual([{ method: 'POST', path: `${A()}/contacts/filter`, query: { page: '1' }, body: { payload: JSON.parse(json) } }]);
		expect(out).toHaveLength(3);
		for (const c of out) expect(fake.state.contacts.find((x) => x.id === c.id)!.additional_attributes.country_code).toBe('US');
	});

	it('refuses invalid JSON, an empty filter and an unknown operator', async () => {
		await refused(contactOp('filter', { filterMode: 'json', filterJson: '[{oops', returnAll: true }), 'Filter (JSON)', /valid JSON/);
		await refused(contactOp('filter', { filterMode: 'json', filterJson: '[]', returnAll: true }), 'Filter (JSON)', /at least one/);
		await refused(contactOp('filter', { filterMode: 'json', filterJson: '[{"values": []}]', returnAll: true }), 'Filter (JSON)', /attribute_key/);
		await refused(contactOp('filter', { filterMode: 'builder', conditions: {}, returnAll: true }), 'Conditions', /at least one/);
		await refused(
			contactOp('filter', { filterMode: 'builder', conditions: { condition: [{ attributeKey: 'email', filterOperator: 'like', values: 'x' }] }, returnAll: true }),
			'Conditions',
			/unknown operator/,
		);
	});
});

describe('contact: getActive', () => {
	it('pages through online contacts and honours the limit', async () => {
		for (let k = 0; k < 15; k++) fake.addContact({ name: `Online ${k}`, availability_status: 'online' });
		fake.server.clearLog();
		const online = accountContacts().filter((c) => c.availability_status === 'online');
		expect(online.length).toBeGreaterThan(15);
		const all = jsonOf(await run(fake, contactOp('getActive', { returnAll: true })));
		expect(sent()).toEqual([1, 2].map((page) => ({ method: 'GET', path: `${A()}/contacts/active`, query: { page: String(page) }, body: undefined })));
		expect(all.map((c) => c.id).sort((a, b) => Number(a) - Number(b))).toEqual(online.map((c) => c.id).sort((a, b) => a - b));
		expect(all).toEqual(all.map((c) => viewOf(Number(c.id))));

		fake.server.clearLog();
		const some = jsonOf(await run(fake, contactOp('getActive', { returnAll: false, limit: 15 })));
		expect(sent()).toHaveLength(1);
		expect(some).toEqual(all.slice(0, 15));
		for (const c of fake.state.contacts) if (c.name.startsWith('Online ')) c.availability_status = 'offline';
	});
});

describe('contact: getConversations', () => {
	it('lists the conversations of the contact, sliced by the limit', async () => {
		const mine = fake.state.conversations.filter((c) => c.account_id === fake.accountId && c.contact_id === 1);
		expect(mine.length).toBeGreaterThan(1);
		const all = jsonOf(await run(fake, contactOp('getConversations', { contactId: rl(1), returnAll: true })));
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/contacts/1/conversations`, query: {}, body: undefined }]);
		expect(all.map((c) => c.id).sort()).toEqual(mine.map((c) => c.display_id).sort());
		expect(all).toEqual(all.map((c) => conversationView(fake.state, fake.conversation(Number(c.id))!)));

		fake.server.clearLog();
		const one = jsonOf(await run(fake, contactOp('getConversations', { contactId: rl(1), returnAll: false, limit: 1 })));
		expect(sent()).toHaveLength(1);
		expect(one).toEqual(all.slice(0, 1));
	});
});

describe('contact: getContactableInboxes', () => {
	it('lists the inboxes that can reach the contact, with their source ID', async () => {
		const contact = accountContacts()[1];
		const out = jsonOf(await run(fake, contactOp('getContactableInboxes', { contactId: rl(contact.id), returnAll: true })));
		expect(sent()).toEqual([{ method: 'GET', path: `${A()}/contacts/${contact.id}/contactable_inboxes`, query: {}, body: undefined }]);
		const links = fake.state.contactInboxesOf(contact.id);
		expect(out).toEqual(
			links.map((ci) => ({ source_id: ci.source_id, inbox: inboxView(fake.state.inboxes.find((i) => i.id === ci.inbox_id)!) })),
		);
	});
});

describe('contact: merge', () => {
	it('merges the second contact into the first', async () => {
		const base = fake.addContact({ name: 'Base Person', email: 'base.person@example.net', custom_attributes: { a: 1 } });
		const mergee = fake.addContact({ name: 'Mergee Person', phone_number: '+15550009999', custom_attributes: { b: 2 } });
		fake.server.clearLog();
		const out = await run(fake, contactOp('merge', { baseContactId: rl(base.id), mergeeContactId: rl(mergee.id) }));
		expect(sent()).toEqual([
			{ method: 'POST', path: `${A()}/actions/contact_merge`, query: {}, body: { base_contact_id: base.id, mergee_contact_id: mergee.id } },
		]);
		expect(fake.state.contacts.some((c) => c.id === mergee.id)).toBe(false);
		expect(base.phone_number).toBe('+15550009999');
		expect(jsonOf(out)).toEqual([contactView(fake.state, base)]);
	});

	it('refuses merging a contact into itself', async () => {
		await refused(contactOp('merge', { baseContactId: rl(3), mergeeContactId: rl(3) }), 'Contact to Merge Into It', /another contact/);
	});
});

describe('contact: deleteCustomAttributes', () => {
	it('removes the given keys and keeps the others', async () => {
		const contact = fake.addContact({ name: 'Attr Person', custom_attributes: { plan: 'pro', seats: 4, keep: true } });
		fake.server.clearLog();
		const out = await run(fake, contactOp('deleteCustomAttributes', { contactId: rl(contact.id), keys: 'plan, seats' }));
		expect(sent()).toEqual([
			{ method: 'POST', path: `${A()}/contacts/${contact.id}/destroy_custom_attributes`, query: {}, body: { custom_attributes: ['plan', 'seats'] } },
		]);
		expect(contact.custom_attributes).toEqual({ keep: true });
		expect(jsonOf(out)).toEqual([viewOf(contact.id)]);
	});

	it('refuses an empty key list', async () => {
		await refused(contactOp('deleteCustomAttributes', { contactId: rl(1), keys: ' , ' }), 'Attribute Keys', /at least one/);
	});
});

describe('contact: createOrUpdate', () => {
	it('updates the contact found by email (exact, case-insensitive), ignoring partial matches', async () => {
		const target = fake.addContact({ name: 'Upsert Email', email: 'up@sert.io' });
		fake.addContact({ name: 'Partial', email: 'sup@sert.io.example' }); // contains "up@sert.io"
		fake.server.clearLog();
		const out = await run(fake, contactOp('createOrUpdate', { email: 'UP@sert.io', name: 'Upsert Email 2', additionalFields: { customAttributes: { pairs: [{ key: 'tier', value: 'gold' }] } } }));
		expect(sent()).toEqual([
			{ method: 'GET', path: `${A()}/contacts/search`, query: { q: 'UP@sert.io', page: '1' }, body: undefined },
			{ method: 'PUT', path: `${A()}/contacts/${target.id}`, query: {}, body: { name: 'Upsert Email 2', email: 'UP@sert.io', custom_attributes: { tier: 'gold' } } },
		]);
		expect(jsonOf(out)).toEqual([{ ...viewOf(target.id), upsertAction: 'updated' }]);
	});

	it('falls back to the phone number, then to the identifier', async () => {
		const byPhone = fake.addContact({ name: 'Upsert Phone', phone_number: '+15558880001' });
		fake.server.clearLog();
		const out = await run(fake, contactOp('createOrUpdate', { email: 'nobody.here@sert.io', phoneNumber: '+1 555 888 0001' }));
		expect(sent().map((r) => [r.method, r.path, r.query])).toEqual([
			['GET', `${A()}/contacts/search`, { q: 'nobody.here@sert.io', page: '1' }],
			['GET', `${A()}/contacts/search`, { q: '+15558880001', page: '1' }],
			['PUT', `${A()}/contacts/${byPhone.id}`, {}],
		]);
		expect(jsonOf(out)[0]).toMatchObject({ id: byPhone.id, email: 'nobody.here@sert.io', upsertAction: 'updated' });

		const byIdentifier = fake.addContact({ name: 'Upsert Ident', identifier: 'ext-42' });
		fake.server.clearLog();
		const again = await run(fake, contactOp('createOrUpdate', { identifier: 'ext-42', name: 'Upsert Ident 2' }));
		expect(sent().map((r) => [r.method, r.path, r.body])).toEqual([
			['GET', `${A()}/contacts/search`, undefined],
			['PUT', `${A()}/contacts/${byIdentifier.id}`, { name: 'Upsert Ident 2', identifier: 'ext-42' }],
		]);
		expect(jsonOf(again)).toEqual([{ ...viewOf(byIdentifier.id), upsertAction: 'updated' }]);
	});

	it('creates the contact (with its inbox) when none matches', async () => {
		const inbox = fake.seeded!.inboxes.api;
		const out = await run(fake, contactOp('createOrUpdate', { email: 'brand.new@sert.io', name: 'Brand New', additionalFields: { inboxId: String(inbox) } }));
		expect(sent()).toEqual([
			{ method: 'GET', path: `${A()}/contacts/search`, query: { q: 'brand.new@sert.io', page: '1' }, body: undefined },
			{ method: 'POST', path: `${A()}/contacts`, query: {}, body: { name: 'Brand New', email: 'brand.new@sert.io', inbox_id: inbox } },
		]);
		const created = fake.state.contacts.find((c) => c.email === 'brand.new@sert.io')!;
		expect(jsonOf(out)).toEqual([{ ...viewOf(created.id), upsertAction: 'created' }]);
	});

	it('needs something to match on, and checks it before any request', async () => {
		await refused(contactOp('createOrUpdate', { name: 'No Key' }), 'Email', /at least one is needed/);
		await refused(contactOp('createOrUpdate', { phoneNumber: '5551234' }), 'Phone Number', /E\.164/);
	});
});
