/**
 * The fake Cliengo behaves as `shared/api/cliengo.md` says the live API does. Facts are tagged as in
 * the reference: [C-doc] Cliengo's pages, [3P] third party (observed or referenced), [I] inferred —
 * for [I] behaviour the fake has an option, and both settings are tested.
 */
import http from 'node:http';
import { httpSend } from '../../src/fake-server';
import { createCliengoFake, DEFAULT_CLIENGO_KEY, prng, type CliengoFake, type Contact } from '../../src/fakes/cliengo';

const KEY = DEFAULT_CLIENGO_KEY;

async function get(fake: CliengoFake, path: string, query: Record<string, string | number> = {}, headers: Record<string, string> = {}) {
	const qs = new URLSearchParams(Object.entries({ api_key: KEY, ...query }).map(([k, v]) => [k, String(v)])).toString();
	return httpSend(`${fake.apiUrl}${path}?${qs}`, { headers });
}

async function send(fake: CliengoFake, method: string, path: string, body?: unknown) {
	return httpSend(`${fake.apiUrl}${path}?api_key=${KEY}`, { method, body });
}

describe('fake Cliengo: auth and envelope', () => {
	let fake: CliengoFake;
	beforeAll(async () => {
		fake = createCliengoFake();
		await fake.start();
	});
	afterAll(() => fake.stop());
	afterEach(() => fake.assertNoViolations());

	it('answers GET /account with the bare account object [C-doc]', async () => {
		const res = await get(fake, '/account');
		expect(res.status).toBe(200);
		expect(res.body).toEqual(fake.store.account);
		expect(fake.store.account).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{24}$/), creationDate: expect.stringMatching(/Z$/), timeZone: '-03:00' });
	});

	it('refuses a missing or wrong api_key with 401 {message} [I: body shape]', async () => {
		const wrong = await httpSend(`${fake.apiUrl}/account?api_key=nope`);
		expect(wrong.status).toBe(401);
		expect(wrong.body).toEqual({ message: 'Invalid api key' });
		const missing = await httpSend(`${fake.apiUrl}/contacts`);
		expect(missing.status).toBe(401);
	});

	it('also accepts Authorization: Bearer <key> and a JWT from GET /jwt [I: header auth is offered, its name is not documented]', async () => {
		const viaHeader = await httpSend(`${fake.apiUrl}/account`, { headers: { Authorization: `Bearer ${KEY}` } });
		expect(viaHeader.status).toBe(200);
		const jwt = await get(fake, '/jwt');
		expect(jwt.body).toEqual({ jwt: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) });
		const viaJwt = await httpSend(`${fake.apiUrl}/users`, { headers: { Authorization: `Bearer ${(jwt.body as { jwt: string }).jwt}` } });
		expect(viaJwt.status).toBe(200);
		const badBearer = await httpSend(`${fake.apiUrl}/account`, { headers: { Authorization: 'Bearer nope' } });
		expect(badBearer.status).toBe(401);
	});

	it('lists as {paging:{total,offset,limit}, results:[…]} [3P-obs], page ignored [3P-obs]', async () => {
		const a = await get(fake, '/contacts', { limit: 5, offset: 0 });
		const b = await get(fake, '/contacts', { limit: 5, offset: 0, page: 3 });
		expect(a.body).toEqual(b.body);
		expect(a.body).toEqual({ paging: { total: 25, offset: 0, limit: 5 }, results: fake.allContacts().slice(0, 5) });
	});

	it('orders contacts newest first, ties by id descending [3P-obs]', async () => {
		const at = Date.parse('2026-03-01T12:00:00.000Z');
		const x = fake.insertLead({ name: 'Same second A' }, { creationDate: at });
		const y = fake.insertLead({ name: 'Same second B' }, { creationDate: at });
		const res = await get(fake, '/contacts', { limit: 100, since: '2026-03-01', until: '2026-03-02' });
		expect((res.body as { results: Contact[] }).results.map((c) => c.id)).toEqual([y.id, x.id]);
		const all = fake.allContacts();
		for (let i = 1; i < all.length; i++) expect(all[i - 1].creationDate >= all[i].creationDate).toBe(true);
		fake.deleteLead(x.id);
		fake.deleteLead(y.id);
	});

	it('refuses offsets above 1000 with "Offset cannot be greater than 1000" [3P-obs message; I: status 400]', async () => {
		const ok = await get(fake, '/contacts', { offset: 1000, limit: 50 });
		expect(ok.status).toBe(200);
		const res = await get(fake, '/contacts', { offset: 1001, limit: 50 });
		expect(res.status).toBe(400);
		expect(res.body).toEqual({ message: 'Offset cannot be greater than 1000' });
	});

	it('records a violation for unknown routes and unknown query parameters', async () => {
		await get(fake, '/contacts', { sort: 'asc' });
		await get(fake, '/nothing');
		expect(fake.violations).toEqual([expect.stringContaining('unknown query parameter "sort"'), expect.stringContaining('no such Cliengo route')]);
		fake.violations = [];
	});
});

describe('fake Cliengo: filters', () => {
	let fake: CliengoFake;
	beforeAll(async () => {
		fake = createCliengoFake({ seed: { contacts: 300, from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z', random: 7 } });
		await fake.start();
	});
	afterAll(() => fake.stop());
	afterEach(() => fake.assertNoViolations());

	const list = async (query: Record<string, string | number>) =>
		(await get(fake, '/contacts', { limit: 100, ...query })).body as { paging: { total: number }; results: Contact[] };

	it('since is inclusive and until exclusive, by creation day in UTC [3P-obs]', async () => {
		const res = await list({ since: '2026-01-10', until: '2026-01-20' });
		const expected = fake.allContacts().filter((c) => c.creationDate >= '2026-01-10' && c.creationDate < '2026-01-20');
		expect(res.paging.total).toBe(expected.length);
		expect(res.results.map((c) => c.id)).toEqual(expected.slice(0, 100).map((c) => c.id));
		expect((await get(fake, '/contacts', { since: '10/01/2026' })).status).toBe(400);
	});

	it('filters by websiteId, status, assignedTo (UNASSIGNED too), query and lastUpdated [3P]', async () => {
		const all = fake.allContacts();
		const site = fake.store.sites[1].id;
		expect((await list({ websiteId: site })).paging.total).toBe(all.filter((c) => c.websiteId === site).length);
		expect((await list({ status: 'CLIENT' })).paging.total).toBe(all.filter((c) => c.status === 'CLIENT').length);
		const user = fake.store.users[1].id;
		expect((await list({ assignedTo: user })).paging.total).toBe(all.filter((c) => c.assignedTo === user).length);
		expect((await list({ assignedTo: 'UNASSIGNED' })).paging.total).toBe(all.filter((c) => c.assignedTo === null).length);
		const target = all[17];
		expect((await list({ query: target.email!.toUpperCase() })).results.map((c) => c.id)).toEqual([target.id]);
		fake.updateLead(target.id, { status: 'ACTIVE' }, '2026-05-05T10:00:00Z');
		expect((await list({ lastUpdated: '2026-05-05' })).results.map((c) => c.id)).toEqual([target.id]);
	});

	it('can read until as inclusive and days in another zone, for tolerance tests [I]', async () => {
		const inclusive = createCliengoFake({ untilInclusive: true, dayOffsetMinutes: -180, seed: { contacts: 200, from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' } });
		await inclusive.start();
		try {
			const res = (await get(inclusive, '/contacts', { since: '2026-01-10', until: '2026-01-12', limit: 1 })).body as { paging: { total: number } };
			const expected = inclusive.allContacts().filter((c) => c.creationDate >= '2026-01-10T03:00:00.000Z' && c.creationDate < '2026-01-13T03:00:00.000Z');
			expect(res.paging.total).toBe(expected.length);
		} finally {
			await inclusive.stop();
		}
	});
});

describe('fake Cliengo: every route', () => {
	let fake: CliengoFake;
	beforeEach(async () => {
		fake = createCliengoFake({ itemsKey: 'contacts' });
		await fake.start();
	});
	afterEach(async () => {
		fake.assertNoViolations();
		await fake.stop();
	});

	it('names list items after the resource with itemsKey "contacts" [I: the key is unknown]', async () => {
		expect(Object.keys((await get(fake, '/contacts')).body as object)).toEqual(['paging', 'contacts']);
		expect(Object.keys((await get(fake, '/sites')).body as object)).toEqual(['paging', 'sites']);
		expect(Object.keys((await get(fake, '/users')).body as object)).toEqual(['paging', 'users']);
		expect(Object.keys((await get(fake, '/conversations')).body as object)).toEqual(['paging', 'conversations']);
		expect(Object.keys((await get(fake, '/sites/chatbots')).body as object)).toEqual(['paging', 'chatbots']);
	});

	it('PUT /account changes taxId, name, contactName [C-doc]', async () => {
		const res = await send(fake, 'PUT', '/account', { name: 'Nueva SA', taxId: '30-1-1' });
		expect(res.body).toMatchObject({ name: 'Nueva SA', taxId: '30-1-1', contactName: 'Cliengo' });
	});

	it('contacts: create, get, patch, status, tags, notes, messages, history, delete [3P-ref]', async () => {
		const site = fake.store.sites[0];
		const user = fake.store.users[1];
		expect((await send(fake, 'POST', '/contacts', { name: 'x' })).body).toEqual({ message: 'websiteId is required' });
		expect((await send(fake, 'POST', '/contacts', { websiteId: site.id, email: 'bad' })).status).toBe(400);
		const created = await send(fake, 'POST', '/contacts', { websiteId: site.id, name: 'Ana', email: 'ana@example.com', entryMethod: 'API', utmSource: 'ads', favoriteColor: 'red' });
		expect(created.status).toBe(201);
		const contact = created.body as Contact;
		expect(contact).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{24}$/), websiteId: site.id, websiteName: site.title, status: 'NEW', utmSource: 'ads', leadFields: { favoriteColor: 'red' } });
		expect((await get(fake, `/contacts/${contact.id}`)).body).toEqual(contact);

		expect((await send(fake, 'PATCH', `/contacts/${contact.id}`, { rating: 6 })).body).toEqual({ message: 'rating must be an integer from 0 to 5' });
		expect((await send(fake, 'PATCH', `/contacts/${contact.id}`, { cancelReason: 0 })).status).toBe(400);
		expect((await send(fake, 'PATCH', `/contacts/${contact.id}`, { sellSuscription: 'WEEKLY' })).status).toBe(400);
		const patched = await send(fake, 'PATCH', `/contacts/${contact.id}`, {
			rating: 4,
			assignedTo: user.id,
			contactMethod: 'WHATSAPP',
			sellSuscription: 'MONTHLY_SUSCRIPTION',
			cancelReason: 2,
			extraParams: { plan: 'pro' },
			note: 'Llamar mañana',
		});
		expect(patched.body).toMatchObject({ rating: 4, assignedTo: user.id, contactMethod: 'WHATSAPP', cancelReason: 2, extraParams: { plan: 'pro' }, notes: [{ message: 'Llamar mañana' }] });
		expect(((await send(fake, 'PATCH', `/contacts/${contact.id}`, { assignedTo: 'UNASSIGNED' })).body as Contact).assignedTo).toBeNull();

		expect((await send(fake, 'PUT', `/contacts/${contact.id}/status`, { externalStatus: 'WON' })).status).toBe(400);
		expect((await send(fake, 'PUT', `/contacts/${contact.id}/status`, { externalStatus: 'CLIENT' })).status).toBe(204);
		expect((await send(fake, 'POST', `/contacts/${contact.id}/tags`, { tag: 'vip' })).status).toBe(204);
		expect((await send(fake, 'POST', `/contacts/${contact.id}/notes`, { message: 'Nota' })).status).toBe(204);
		expect((await send(fake, 'POST', `/contacts/${contact.id}/messages`, { message: 'Hola Ana' })).status).toBe(204);
		expect(fake.contact(contact.id)).toMatchObject({ status: 'CLIENT', externalStatus: 'CLIENT', tags: ['vip'] });
		expect((await get(fake, `/contacts/${contact.id}/notes`)).body).toEqual([
			expect.objectContaining({ message: 'Llamar mañana' }),
			expect.objectContaining({ message: 'Nota' }),
		]);
		expect((await get(fake, `/contacts/${contact.id}/messages`)).body).toEqual([{ creationDate: expect.any(String), message: 'Hola Ana' }]);
		const history = (await get(fake, `/contacts/${contact.id}/history`)).body as Array<{ type: string }>;
		expect(history.map((h) => h.type)).toEqual(['CREATED', 'ASSIGNMENT', 'NOTE', 'ASSIGNMENT', 'STATUS_CHANGE', 'TAG', 'NOTE']);
		expect(history[0]).toEqual({ creationDate: expect.any(String), creator: { id: null, name: 'API' }, from: null, to: 'NEW', message: null, type: 'CREATED' });

		expect((await send(fake, 'DELETE', `/contacts/${contact.id}`)).status).toBe(204);
		expect((await get(fake, `/contacts/${contact.id}`)).body).toEqual({ message: 'Contact not found' });
	});

	it('conversations: list, create, get, messages, count [3P-ref]', async () => {
		const site = fake.store.sites[0];
		const list = (await get(fake, '/conversations', { limit: 2 })).body as { paging: { total: number }; conversations: Array<{ id: string }> };
		expect(list.paging.total).toBe(6);
		expect((await send(fake, 'POST', '/conversations', { websiteId: site.id, channel: 'SMS', from: 'a@b.co' })).status).toBe(400);
		const created = (await send(fake, 'POST', '/conversations', { websiteId: site.id, channel: 'WEB', from: 'a@b.co', url: 'https://x.co' })).body as { id: string };
		expect(created).toMatchObject({ websiteId: site.id, channel: 'WEB', from: 'a@b.co', url: 'https://x.co', companyId: fake.store.account.id });
		expect((await get(fake, `/conversations/${created.id}`)).body).toEqual(created);
		expect((await get(fake, `/conversations/${list.conversations[0].id}/messages`)).body).toHaveLength(2);
		expect((await get(fake, `/conversations/${site.id}/count`)).body).toEqual({ count: 4 });
	});

	it('sites and chatbots: list, get, chatbot, chatbots, triggers [3P-ref, C-doc], create/update [I]', async () => {
		const site = fake.store.sites[0];
		expect((await get(fake, `/sites/${site.id}`)).body).toEqual(site);
		expect((await get(fake, `/sites/${site.id}/chatbot`)).body).toMatchObject({ websiteId: site.id, name: 'Martín' });
		expect(((await get(fake, '/sites/chatbots')).body as { paging: { total: number } }).paging.total).toBe(2);
		const triggers = (await get(fake, `/sites/${site.id}/chatbot/triggers`)).body as Array<Record<string, unknown>>;
		expect(triggers[0]).toEqual({ id: expect.any(String), response: expect.any(String), stopNextMessage: true, ignoreLead: false, matchesList: [{ type: 'contains', value: 'hola' }] });
		const created = (await send(fake, 'POST', '/sites', { title: 'Nuevo', url: 'https://nuevo.example.com' })).body as { id: string };
		expect((await send(fake, 'PATCH', `/sites/${created.id}`, { title: 'Renombrado', enableChat: false })).body).toMatchObject({ title: 'Renombrado', enableChat: false });
		expect((await send(fake, 'POST', '/sites', { title: 'x', url: 'nope' })).status).toBe(400);
	});

	it('users: list, get [3P-ref], create/update [I]', async () => {
		const users = (await get(fake, '/users')).body as { users: Array<{ id: string }> };
		expect(users.users).toHaveLength(3);
		expect((await get(fake, `/users/${users.users[0].id}`)).body).toEqual(fake.store.users[0]);
		const created = await send(fake, 'POST', '/users', { name: 'Nuevo', email: 'nuevo@cliengo.test', permissions: ['LEADS'] });
		expect(created.status).toBe(201);
		expect((await send(fake, 'POST', '/users', { name: 'Otro', email: 'nuevo@cliengo.test' })).status).toBe(409);
		expect((await send(fake, 'PATCH', `/users/${(created.body as { id: string }).id}`, { phone: '+1' })).body).toMatchObject({ phone: '+1', name: 'Nuevo' });
	});
});

describe('fake Cliengo: helpers', () => {
	it('seeds 2,500+ contacts quickly and deterministically', async () => {
		const started = Date.now();
		const a = createCliengoFake({ seed: { contacts: 5000, random: 3 }, now: () => Date.parse('2026-06-01T00:00:00Z') });
		const b = createCliengoFake({ seed: { contacts: 5000, random: 3 }, now: () => Date.parse('2026-06-01T00:00:00Z') });
		expect(a.allContacts().map((c) => c.id)).toEqual(b.allContacts().map((c) => c.id));
		expect(a.store.contacts.size).toBe(5000);
		expect(a.store.sites).toHaveLength(2);
		expect(a.store.users).toHaveLength(3);
		expect(Date.now() - started).toBeLessThan(2000);
	});

	it('seed() replaces the data: account, 2 sites with chatbots and triggers, 3 users, N contacts over a date range', () => {
		const fake = createCliengoFake({ seed: false });
		expect(fake.store.account.id).toMatch(/^[0-9a-f]{24}$/);
		expect(fake.store.sites).toEqual([]);
		fake.seed({ contacts: 2600, from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z', conversations: 2 });
		expect(fake.store.sites).toHaveLength(2);
		expect(fake.store.users).toHaveLength(3);
		for (const site of fake.store.sites) {
			expect(fake.store.chatbots.get(site.id)).toMatchObject({ websiteId: site.id });
			expect(fake.store.triggers.get(site.id)!.length).toBeGreaterThan(0);
		}
		const all = fake.allContacts();
		expect(all).toHaveLength(2600);
		expect(all.every((c) => c.creationDate >= '2026-01-01' && c.creationDate < '2026-03-01')).toBe(true);
		expect(new Set(all.map((c) => c.creationDate.slice(0, 10))).size).toBeGreaterThan(50);
		fake.seed({ contacts: 3 });
		expect(fake.allContacts()).toHaveLength(3);
	});

	it('insertLead works from a request hook, while a client is paging', async () => {
		const fake = createCliengoFake({ seed: { contacts: 10 } });
		await fake.start();
		try {
			let inserted: Contact | undefined;
			const off = fake.onRequest((req) => {
				if (req.path === '/1.0/contacts' && req.query.offset === '5' && !inserted) inserted = fake.insertLead({ name: 'Mid-poll' });
			});
			const first = (await get(fake, '/contacts', { limit: 5, offset: 0 })).body as { results: Contact[] };
			const second = (await get(fake, '/contacts', { limit: 5, offset: 5 })).body as { results: Contact[]; paging: { total: number } };
			off();
			expect(second.paging.total).toBe(11);
			// The new lead went on top, so the second page starts with the last item of the first one.
			expect(second.results[0].id).toBe(first.results[4].id);
			expect(fake.allContacts()[0].id).toBe(inserted!.id);
		} finally {
			await fake.stop();
		}
	});

	it('updateLead sets lastUpdateDate from the clock', () => {
		let now = Date.parse('2026-02-02T10:00:00Z');
		const fake = createCliengoFake({ now: () => now });
		const lead = fake.insertLead({ name: 'Up' });
		expect(lead.lastUpdateDate).toBe(lead.creationDate);
		now += 60_000;
		expect(fake.updateLead(lead.id, { status: 'ACTIVE' }).lastUpdateDate).toBe('2026-02-02T10:01:00.000Z');
	});

	it('sendNewLeadWebhook posts the lead with the key inside the JSON [C-doc; I: field name "key"]', async () => {
		const fake = createCliengoFake();
		const received: unknown[] = [];
		const server = http.createServer((req, res) => {
			let data = '';
			req.on('data', (c) => (data += c));
			req.on('end', () => {
				received.push(JSON.parse(data));
				res.end('ok');
			});
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		try {
			const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
			const lead = fake.insertLead({ name: 'Web', message: 'Mensaje del cliente', geoip: { city: 'Buenos Aires', state: null, country: 'AR' } });
			await fake.sendNewLeadWebhook(url, lead, 's3cret');
			await fake.sendNewLeadWebhook(url, lead, 's3cret', { keyField: 'webhookKey' });
			expect(received[0]).toMatchObject({ id: lead.id, websiteId: lead.websiteId, message: 'Mensaje del cliente', city: 'Buenos Aires', key: 's3cret' });
			expect(received[1]).toMatchObject({ webhookKey: 's3cret' });
		} finally {
			await new Promise((r) => server.close(r));
		}
	});

	it('prng is reproducible', () => {
		const a = prng(42);
		const b = prng(42);
		expect([a(), a(), a()]).toEqual([b(), b(), b()]);
	});
});
