/**
 * Contact (lead) operations: for each one the exact request the fake logged (method, path, query
 * with api_key, body) and the exact items out; bad input fails before any request.
 */
import { NodeOperationError } from 'n8n-workflow';
import { byId, jsonOf, KEY, node, useCliengo } from './helpers';

const h = useCliengo({ seed: { contacts: 40, random: 11 } });

const siteOf = (i: number) => h.fake.store.sites[i];
const userOf = (i: number) => h.fake.store.users[i];

describe('contact: create', () => {
	it('POSTs the lead with its site, fields, additional fields and extra fields', async () => {
		const out = await h.run({
			resource: 'contact',
			operation: 'create',
			websiteId: siteOf(1).id,
			name: 'Ana',
			email: 'ana@example.com',
			phone: '+5491122334455',
			message: 'Quiero una casa',
			additionalFields: { lastName: 'García', status: 'NEW', assignedTo: userOf(1).id, entryMethod: 'API', utmSource: 'google', utmCampaign: 'otoño', referalUrl: 'https://ref.example.com' },
			extraFields: { pairs: [{ key: 'company', value: 'ACME' }] },
		});
		expect(h.requests()).toEqual([
			{
				method: 'POST',
				path: '/1.0/contacts',
				query: { api_key: KEY },
				body: {
					company: 'ACME',
					websiteId: siteOf(1).id,
					name: 'Ana',
					email: 'ana@example.com',
					phone: '+5491122334455',
					message: 'Quiero una casa',
					lastName: 'García',
					status: 'NEW',
					assignedTo: userOf(1).id,
					entryMethod: 'API',
					utmSource: 'google',
					utmCampaign: 'otoño',
					referalUrl: 'https://ref.example.com',
				},
			},
		]);
		const created = h.fake.allContacts()[0];
		expect(created).toMatchObject({ name: 'Ana', websiteId: siteOf(1).id, leadFields: { company: 'ACME' } });
		expect(jsonOf(out)).toEqual([JSON.parse(JSON.stringify(created))]);
		expect(out[0].pairedItem).toEqual({ item: 0 });
	});

	it('refuses a missing site, a bad email and an extra field that repeats a real one, before any request', async () => {
		const missing = await h.runError({ resource: 'contact', operation: 'create', name: 'x' });
		expect(missing).toBeInstanceOf(NodeOperationError);
		expect(missing.message).toBe('Item 1: "Site" is required');
		const email = await h.runError({ resource: 'contact', operation: 'create', websiteId: siteOf(0).id, email: 'not-an-email' });
		expect(email.message).toBe('Item 1: "Email" must be an email address (e.g. jane@example.com)');
		const extra = await h.runError({ resource: 'contact', operation: 'create', websiteId: siteOf(0).id, extraFields: { pairs: [{ key: 'email', value: 'a@b.co' }] } });
		expect(extra.message).toBe('Item 1: "Extra Fields" must not repeat "email", which has its own field');
		expect(h.fake.requests).toEqual([]);
	});

	it('names the failing item among several', async () => {
		const items = [{ json: { email: 'ok@example.com' } }, { json: { email: 'broken' } }];
		const error = await h.runError(
			{ resource: 'contact', operation: 'create', websiteId: siteOf(0).id, email: '={{ $json.email }}' },
			{ items },
		);
		expect(error.message).toBe('Item 2: "Email" must be an email address (e.g. jane@example.com)');
		expect(error.context?.itemIndex).toBe(1);
		expect(h.fake.requests).toHaveLength(1);
	});
});

describe('contact: get / getAll', () => {
	it('get: GET /contacts/{id}', async () => {
		const c = h.fake.allContacts()[5];
		const out = await h.run({ resource: 'contact', operation: 'get', contactId: byId(c.id) });
		expect(h.requests()).toEqual([{ method: 'GET', path: `/1.0/contacts/${c.id}`, query: { api_key: KEY } }]);
		expect(jsonOf(out)).toEqual([c]);
	});

	it('get: refuses an empty contact ID before any request', async () => {
		const error = await h.runError({ resource: 'contact', operation: 'get', contactId: byId('  ') });
		expect(error.message).toBe('Item 1: "Contact" is required');
		expect(h.fake.requests).toEqual([]);
	});

	it('getAll with Limit and every filter sends them as query parameters', async () => {
		const site = siteOf(0).id;
		const user = userOf(1).id;
		const out = await h.run({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
			filters: { query: 'example.com', websiteId: site, assignedTo: user, status: 'NEW', since: '2020-01-01T00:00:00', until: '2099-01-01T00:00:00', lastUpdated: '2020-01-01' },
		});
		expect(h.requests()).toEqual([
			{
				method: 'GET',
				path: '/1.0/contacts',
				query: { api_key: KEY, query: 'example.com', websiteId: site, assignedTo: user, status: 'NEW', lastUpdated: '2020-01-01', since: '2020-01-01', until: '2099-01-01', offset: '0', limit: '2' },
			},
		]);
		const expected = h.fake.allContacts().filter((c) => c.websiteId === site && c.assignedTo === user && c.status === 'NEW');
		expect(jsonOf(out)).toEqual(expected.slice(0, 2));
	});

	it('getAll Return All reads every page of a small account', async () => {
		const out = await h.run({ resource: 'contact', operation: 'getAll', returnAll: true });
		expect(jsonOf(out)).toEqual(h.fake.allContacts());
		expect(h.requests().map((r) => r.query)).toEqual([{ api_key: KEY, offset: '0', limit: '50' }]);
	});

	it('getAll refuses bad dates and an inverted range before any request', async () => {
		const bad = await h.runError({ resource: 'contact', operation: 'getAll', filters: { since: 'yesterday' } });
		expect(bad.message).toBe('Item 1: "Filters → Created Since" must be a date such as 2026-01-31');
		const noSuchDay = await h.runError({ resource: 'contact', operation: 'getAll', filters: { until: '2026-02-30' } });
		expect(noSuchDay.message).toBe('Item 1: "Filters → Created Before" must be a date such as 2026-01-31');
		const updated = await h.runError({ resource: 'contact', operation: 'getAll', filters: { lastUpdated: '01/02/2026' } });
		expect(updated.message).toBe('Item 1: "Filters → Updated Since" must be a date such as 2026-01-31');
		const inverted = await h.runError({ resource: 'contact', operation: 'getAll', filters: { since: '2026-02-01', until: '2026-01-01' } });
		expect(inverted.message).toBe('Item 1: "Filters → Created Before" must be a later day than Created Since');
		const limit = await h.runError({ resource: 'contact', operation: 'getAll', limit: 0 });
		expect(limit.message).toBe('Item 1: "Limit" must be at least 1');
		expect(h.fake.requests).toEqual([]);
	});
});

describe('contact: update', () => {
	it('PATCHes the chosen fields, with dates in RFC 3339 (workflow time zone), the cancel reason as a number and extraParams', async () => {
		const c = h.fake.allContacts()[3];
		const out = await h.run({
			resource: 'contact',
			operation: 'update',
			contactId: byId(c.id),
			updateFields: {
				name: 'Nuevo Nombre',
				rating: 5,
				assignedTo: userOf(2).id,
				dueDate: '2026-07-01T10:00:00',
				contactMethod: 'WHATSAPP',
				note: 'Pidió precio',
				scheduleStatusTo: 'ACTIVE',
				scheduleDate: '2026-07-02T09:30:00Z',
				sellPrice: 1500.5,
				sellSuscription: 'YEARLY_SUSCRIPTION',
				cancelReason: '3',
			},
			extraParams: { pairs: [{ key: 'plan', value: 'pro' }] },
		});
		expect(h.requests()).toEqual([
			{
				method: 'PATCH',
				path: `/1.0/contacts/${c.id}`,
				query: { api_key: KEY },
				body: {
					name: 'Nuevo Nombre',
					rating: 5,
					assignedTo: userOf(2).id,
					// The test context's workflow time zone is America/New_York (EDT in July).
					dueDate: '2026-07-01T14:00:00.000Z',
					contactMethod: 'WHATSAPP',
					note: 'Pidió precio',
					scheduleStatusTo: 'ACTIVE',
					scheduleDate: '2026-07-02T09:30:00.000Z',
					sellPrice: 1500.5,
					sellSuscription: 'YEARLY_SUSCRIPTION',
					cancelReason: 3,
					extraParams: { plan: 'pro' },
				},
			},
		]);
		expect(jsonOf(out)).toEqual([JSON.parse(JSON.stringify(h.fake.contact(c.id)))]);
		expect(h.fake.contact(c.id)).toMatchObject({ rating: 5, cancelReason: 3, extraParams: { plan: 'pro' } });
	});

	it('sends UNASSIGNED to clear the assignment', async () => {
		const c = h.fake.allContacts()[4];
		await h.run({ resource: 'contact', operation: 'update', contactId: byId(c.id), updateFields: { assignedTo: 'UNASSIGNED' } });
		expect(h.requests()[0].body).toEqual({ assignedTo: 'UNASSIGNED' });
		expect(h.fake.contact(c.id)!.assignedTo).toBeNull();
	});

	it('refuses a rating out of 0–5, a bad email, a bad cancel reason and an empty update, before any request', async () => {
		const id = byId(h.fake.allContacts()[0].id);
		const base = { resource: 'contact', operation: 'update', contactId: id };
		expect((await h.runError({ ...base, updateFields: { rating: 6 } })).message).toBe('Item 1: "Update Fields → Rating" must be at most 5');
		expect((await h.runError({ ...base, updateFields: { rating: 2.5 } })).message).toBe('Item 1: "Update Fields → Rating" must be a whole number');
		expect((await h.runError({ ...base, updateFields: { email: 'x@' } })).message).toBe('Item 1: "Update Fields → Email" must be an email address (e.g. jane@example.com)');
		expect((await h.runError({ ...base, updateFields: { cancelReason: '9' } })).message).toBe('Item 1: "Update Fields → Cancel Reason" must be one of: 1, 2, 3, 4, 5');
		expect((await h.runError({ ...base, updateFields: { sellSuscription: 'WEEKLY' } })).message).toMatch(/^Item 1: "Update Fields → Sell Subscription" must be one of: ONE_TIME/);
		expect((await h.runError({ ...base, updateFields: {} })).message).toBe('Item 1: "Update Fields" needs at least one field to change');
		expect(h.fake.requests).toEqual([]);
	});
});

describe('contact: delete, status, tag, note, message, history', () => {
	it('delete: DELETE /contacts/{id} → {deleted, id}', async () => {
		const c = h.fake.insertLead({ name: 'Borrar' });
		const out = await h.run({ resource: 'contact', operation: 'delete', contactId: byId(c.id) });
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `/1.0/contacts/${c.id}`, query: { api_key: KEY } }]);
		expect(jsonOf(out)).toEqual([{ deleted: true, id: c.id }]);
		expect(h.fake.contact(c.id)).toBeUndefined();
	});

	it('updateStatus: PUT /contacts/{id}/status {externalStatus}', async () => {
		const c = h.fake.allContacts()[1];
		const out = await h.run({ resource: 'contact', operation: 'updateStatus', contactId: byId(c.id), externalStatus: 'LONG_TERM' });
		expect(h.requests()).toEqual([{ method: 'PUT', path: `/1.0/contacts/${c.id}/status`, query: { api_key: KEY }, body: { externalStatus: 'LONG_TERM' } }]);
		expect(jsonOf(out)).toEqual([{ success: true, id: c.id, externalStatus: 'LONG_TERM' }]);
		expect(h.fake.contact(c.id)!.status).toBe('LONG_TERM');
	});

	it('updateStatus: refuses an unknown status before any request', async () => {
		const error = await h.runError({ resource: 'contact', operation: 'updateStatus', contactId: byId('x'), externalStatus: 'WON' });
		expect(error.message).toBe('Item 1: "Status" must be one of: NEW, ACTIVE, LONG_TERM, CLIENT');
		expect(h.fake.requests).toEqual([]);
	});

	it('addTag: POST /contacts/{id}/tags {tag}', async () => {
		const c = h.fake.allContacts()[2];
		const out = await h.run({ resource: 'contact', operation: 'addTag', contactId: byId(c.id), tag: 'caliente' });
		expect(h.requests()).toEqual([{ method: 'POST', path: `/1.0/contacts/${c.id}/tags`, query: { api_key: KEY }, body: { tag: 'caliente' } }]);
		expect(jsonOf(out)).toEqual([{ success: true, id: c.id, tag: 'caliente' }]);
		expect(h.fake.contact(c.id)!.tags).toEqual(['caliente']);
	});

	it('addNote + getNotes: POST then GET /contacts/{id}/notes', async () => {
		const c = h.fake.allContacts()[6];
		const added = await h.run({ resource: 'contact', operation: 'addNote', contactId: byId(c.id), message: 'Llamar el lunes' });
		await h.run({ resource: 'contact', operation: 'addNote', contactId: byId(c.id), message: 'Segunda nota' });
		expect(jsonOf(added)).toEqual([{ success: true, id: c.id, message: 'Llamar el lunes' }]);
		h.fake.clearLog();
		const all = await h.run({ resource: 'contact', operation: 'getNotes', contactId: byId(c.id), returnAll: true });
		const one = await h.run({ resource: 'contact', operation: 'getNotes', contactId: byId(c.id), returnAll: false, limit: 1 });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `/1.0/contacts/${c.id}/notes`, query: { api_key: KEY } },
			{ method: 'GET', path: `/1.0/contacts/${c.id}/notes`, query: { api_key: KEY } },
		]);
		expect(jsonOf(all)).toEqual(JSON.parse(JSON.stringify(h.fake.contact(c.id)!.notes)));
		expect(jsonOf(all).map((n) => n.message)).toEqual(['Llamar el lunes', 'Segunda nota']);
		expect(jsonOf(one)).toEqual(jsonOf(all).slice(0, 1));
	});

	it('sendMessage + getMessages: POST then GET /contacts/{id}/messages', async () => {
		const c = h.fake.allContacts()[7];
		const sent = await h.run({ resource: 'contact', operation: 'sendMessage', contactId: byId(c.id), message: '¡Hola! ¿Seguimos?' });
		expect(h.requests()).toEqual([{ method: 'POST', path: `/1.0/contacts/${c.id}/messages`, query: { api_key: KEY }, body: { message: '¡Hola! ¿Seguimos?' } }]);
		expect(jsonOf(sent)).toEqual([{ success: true, id: c.id, message: '¡Hola! ¿Seguimos?' }]);
		h.fake.clearLog();
		const out = await h.run({ resource: 'contact', operation: 'getMessages', contactId: byId(c.id), returnAll: true });
		expect(h.requests()).toEqual([{ method: 'GET', path: `/1.0/contacts/${c.id}/messages`, query: { api_key: KEY } }]);
		expect(jsonOf(out)).toEqual(h.fake.store.contactMessages.get(c.id));
	});

	it('getHistory: GET /contacts/{id}/history', async () => {
		const c = h.fake.allContacts()[8];
		h.fake.store.addHistory(c.id, { type: 'STATUS_CHANGE', from: 'NEW', to: 'ACTIVE', message: null });
		const out = await h.run({ resource: 'contact', operation: 'getHistory', contactId: byId(c.id), returnAll: true });
		expect(h.requests()).toEqual([{ method: 'GET', path: `/1.0/contacts/${c.id}/history`, query: { api_key: KEY } }]);
		expect(jsonOf(out)).toEqual(h.fake.store.history.get(c.id));
	});

	it('encodes an ID so that it cannot reach another route', async () => {
		const error = await h.runError({ resource: 'contact', operation: 'get', contactId: byId('../account') });
		expect(h.requests()[0].path).toBe('/1.0/contacts/../account');
		expect(h.fake.requests[0].rawPath).toBe('/1.0/contacts/..%2Faccount');
		expect(error.message).toBe('Contact not found');
	});

	it('continueOnFail: a failing item becomes {error} and the others run', async () => {
		const c = h.fake.allContacts()[0];
		const ids = [c.id, 'ffffffffffffffffffffffff'];
		const out = await h.run((i) => ({ resource: 'contact', operation: 'get', contactId: byId(ids[i]) }), {
			items: [{ json: {} }, { json: {} }],
			continueOnFail: true,
		});
		expect(jsonOf(out)).toEqual([c, { error: 'Contact not found' }]);
		expect(out.map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('contact: the Status fields are lists of Cliengo\'s statuses that still take any text', () => {
	const statusOptions = [
		{ name: 'New', value: 'NEW' },
		{ name: 'Active', value: 'ACTIVE' },
		{ name: 'Long Term', value: 'LONG_TERM' },
		{ name: 'Client', value: 'CLIENT' },
	];
	const inCollection = (operation: string, collection: string, name: string) => {
		const c = node.description.properties.find((p) => p.name === collection && p.displayOptions?.show?.operation?.includes(operation) && p.displayOptions?.show?.resource?.includes('contact'))!;
		return (c.options as Array<{ name: string; type: string; options?: unknown; default?: unknown }>).find((o) => o.name === name)!;
	};

	it.each([
		['create', 'additionalFields', 'status'],
		['getAll', 'filters', 'status'],
		['update', 'updateFields', 'status'],
		['update', 'updateFields', 'scheduleStatusTo'],
	])('%s → %s → %s is a dropdown of the four statuses', (operation, collection, name) => {
		expect(inCollection(operation, collection, name)).toMatchObject({ type: 'options', default: 'NEW', options: statusOptions });
	});

	it('a status from the list, and a text saved earlier or given by an expression, are sent as they are', async () => {
		const [lead] = h.fake.allContacts();
		for (const status of ['LONG_TERM', 'Lost']) {
			h.fake.clearLog();
			await h.run({ resource: 'contact', operation: 'update', contactId: byId(lead.id), updateFields: { status, scheduleStatusTo: status } });
			expect(h.requests()).toEqual([{ method: 'PATCH', path: `/1.0/contacts/${lead.id}`, query: { api_key: KEY }, body: { status, scheduleStatusTo: status } }]);
		}
		h.fake.clearLog();
		await h.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 1, filters: { status: 'CLIENT' } });
		expect(h.requests().map((r) => r.query.status)).toEqual(['CLIENT']);
	});
});
