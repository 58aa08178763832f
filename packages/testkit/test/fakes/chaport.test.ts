/**
 * The fake Chaport's REST answers: Bearer auth, the `{result}` envelope, every route of the contract,
 * `links.next` / `links.more`, 404 / 400 bodies, both POST /messages shapes and `externalId`
 * idempotency. Shapes tagged [I] in fixtures.ts (page size, error body, create status …) are tested
 * in both readings where the fake offers two.
 */
import { httpSend } from '../../src/fake-server';
import { createChaportFake, ERRORS, type ChaportFake, type ChaportFakeOptions } from '../../src/fakes/chaport';

type Json = Record<string, unknown>;
const NOW = Date.parse('2026-12-03T10:00:00.000Z');
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const OBJECT_ID = /^[0-9a-f]{24}$/;

describe('fake Chaport: REST routes', () => {
	let fake: ChaportFake;
	let now = NOW;

	const make = async (opts: ChaportFakeOptions = {}) => {
		await fake?.stop();
		fake = createChaportFake({ now: () => now, ...opts });
		await fake.start();
		return fake;
	};
	const result = (body: unknown) => (body as { result: unknown }).result;
	const get = async (path: string) => {
		const res = await fake.call('GET', path);
		expect(res.status).toBe(200);
		return res.body as { result: unknown; links?: { next?: string; more?: string[] } };
	};

	beforeEach(async () => {
		now = NOW;
		await make();
	});
	afterEach(async () => {
		fake.assertNoViolations();
		await fake.stop();
	});

	describe('auth and envelope', () => {
		it('answers 401 with the error body for a missing, wrong or non-Bearer token, and 200 for the token', async () => {
			const unauthorized = { error: { code: 'unauthorized', message: 'Invalid or missing access token' } };
			for (const opts of [{ token: null }, { token: 'wrong-token' }, { token: null, headers: { Authorization: `Basic ${fake.token}` } }, { token: null, headers: { Authorization: 'Bearer' } }]) {
				const res = await fake.call('GET', '/me.json', opts);
				expect(res.status).toBe(401);
				expect(res.body).toEqual(unauthorized);
			}
			expect((await fake.call('GET', '/me.json')).status).toBe(200);
			expect((await fake.call('GET', '/me.json', { token: null, headers: { authorization: `bearer ${fake.token}` } })).status).toBe(200);
			expect(fake.requests.map((r) => r.status)).toEqual([401, 401, 401, 401, 200, 200]);
			expect(fake.requestsTo('getMe')).toHaveLength(6);
		});

		it('uses a long opaque alphanumeric token, the same for every fake with the standard seed', () => {
			expect(fake.token).toMatch(/^[A-Za-z0-9]{250}$/);
			expect(createChaportFake().token).toBe(fake.token);
			expect(createChaportFake({ seed: { token: 'my-token' } }).token).toBe('my-token');
		});

		it('gives its URL, origin and credentials', () => {
			expect(fake.url).toBe(`http://127.0.0.1:${fake.port}/api/v1`);
			expect(fake.origin).toBe(`http://127.0.0.1:${fake.port}`);
			expect(fake.credentials()).toEqual({ region: 'custom', baseUrl: fake.url, accessToken: fake.token });
		});

		it('answers an unknown route 404 with the error body and records a violation', async () => {
			const res = await fake.call('GET', '/tickets');
			expect(res.status).toBe(404);
			expect(res.body).toEqual({ error: { code: 'not_found', message: 'Route not found' } });
			expect(fake.violations).toEqual(['GET /api/v1/tickets: no Chaport route GET /api/v1/tickets']);
			fake.violations = [];
		});

		it('answers errors as {message} or {error:"…"} with the errorBody option', async () => {
			await make({ errorBody: 'message' });
			expect((await fake.call('GET', '/visitors/000000000000000000000000')).body).toEqual({ message: 'Visitor not found' });
			expect((await fake.call('GET', '/me.json', { token: 'x' })).body).toEqual({ message: ERRORS.unauthorized.message });
			await make({ errorBody: 'string' });
			expect((await fake.call('GET', '/visitors/000000000000000000000000')).body).toEqual({ error: 'Visitor not found' });
		});
	});

	describe('operators', () => {
		it('GET /me.json answers the token’s operator with the documented fields in order', async () => {
			const body = await get('/me.json');
			expect(body).toEqual({
				result: {
					id: fake.seeded!.operators.admin,
					email: 'alice@acme.test',
					name: 'Alice Admin',
					language: 'en',
					jobTitle: 'Support lead',
					role: 'admin',
					lastLoginAt: iso(NOW - 2 * DAY),
					lastActivityAt: iso(NOW - 5 * 60_000),
					image: 'https://cdn.acme.test/avatars/alice.png',
					lastStatus: 'online',
					realStatus: 'online',
				},
			});
			expect(Object.keys(result(body) as Json)).toEqual(['id', 'email', 'name', 'language', 'jobTitle', 'role', 'lastLoginAt', 'lastActivityAt', 'image', 'lastStatus', 'realStatus']);
			expect(fake.me.id).toMatch(OBJECT_ID);
		});

		it('lists every operator and gets one; an unknown id is 404', async () => {
			const list = result(await get('/operators')) as Json[];
			expect(list.map((o) => [o.name, o.role, o.lastStatus])).toEqual([
				['Alice Admin', 'admin', 'online'],
				['Bob Stone', 'operator', 'away'],
				['Carla Ruiz', 'operator', 'offline'],
			]);
			expect(result(await get(`/operators/${fake.seeded!.operators.bob}`))).toEqual(list[1]);
			const missing = await fake.call('GET', '/operators/5f0000000000000000000000');
			expect(missing.status).toBe(404);
			expect(missing.body).toEqual({ error: { code: 'not_found', message: 'Operator not found' } });
		});

		it('creates an operator (200, or 201 with createStatus) and refuses bad bodies with 400', async () => {
			const res = await fake.call('POST', '/operators', { body: { email: 'dan@acme.test', name: 'Dan', role: 'admin', jobTitle: 'Night shift' } });
			expect(res.status).toBe(200);
			const created = result(res.body) as Json;
			expect(created).toEqual({ id: expect.stringMatching(OBJECT_ID), email: 'dan@acme.test', name: 'Dan', language: 'en', jobTitle: 'Night shift', role: 'admin', lastLoginAt: null, lastActivityAt: null, image: null, lastStatus: 'offline', realStatus: 'offline' });
			expect(result(await get(`/operators/${String(created.id)}`))).toEqual(created);
			expect(fake.requestsTo('createOperator')[0].body).toEqual({ email: 'dan@acme.test', name: 'Dan', role: 'admin', jobTitle: 'Night shift' });

			for (const [body, message] of [
				[{ name: 'No Email' }, '"email" and "name" are required'],
				[{ email: 'x@acme.test' }, '"email" and "name" are required'],
				[{ email: 'alice@acme.test', name: 'Twin' }, 'An operator with this email already exists'],
				[{ email: 'e@acme.test', name: 'E', role: 'owner' }, '"role" must be one of operator, admin'],
				[{ email: 'not-an-email', name: 'E' }, '"email" is not an email address'],
			] as const) {
				const bad = await fake.call('POST', '/operators', { body });
				expect([bad.status, bad.body]).toEqual([400, { error: { code: 'bad_request', message } }]);
			}
			expect((result(await get('/operators')) as Json[]).length).toBe(4);

			await make({ createStatus: 201 });
			expect((await fake.call('POST', '/operators', { body: { email: 'dan@acme.test', name: 'Dan' } })).status).toBe(201);
		});

		it('updates only the sent keys, sets a status, and deletes (not itself)', async () => {
			const bob = fake.seeded!.operators.bob;
			const before = result(await get(`/operators/${bob}`)) as Json;
			const updated = result((await fake.call('PUT', `/operators/${bob}`, { body: { jobTitle: 'Senior agent', language: 'pt' } })).body);
			expect(updated).toEqual({ ...before, jobTitle: 'Senior agent', language: 'pt' });

			now += 1000;
			const status = await fake.call('PUT', `/operators/${bob}/status`, { body: { status: 'online' } });
			expect(result(status.body)).toEqual({ ...(updated as Json), lastStatus: 'online', realStatus: 'online', lastActivityAt: iso(now) });
			const badStatus = await fake.call('PUT', `/operators/${bob}/status`, { body: { status: 'busy' } });
			expect([badStatus.status, badStatus.body]).toEqual([400, { error: { code: 'bad_request', message: '"status" must be one of online, away, offline' } }]);

			const self = await fake.call('DELETE', `/operators/${fake.me.id}`);
			expect([self.status, self.body]).toEqual([400, { error: { code: 'bad_request', message: 'You cannot delete yourself' } }]);
			const del = await fake.call('DELETE', `/operators/${bob}`);
			expect([del.status, del.body]).toEqual([200, { result: {} }]);
			expect((await fake.call('GET', `/operators/${bob}`)).status).toBe(404);
			expect((await fake.call('DELETE', `/operators/${bob}`)).status).toBe(404);

			await make({ deleteResult: 'true' });
			expect((await fake.call('DELETE', `/operators/${fake.seeded!.operators.carla}`)).body).toEqual({ result: true });
		});
	});

	describe('visitors', () => {
		it('pages 20 at a time over links.next (absolute URLs), most recent chat first, ties by id, to the end', async () => {
			const first = await get('/visitors');
			const page1 = first.result as Json[];
			expect(page1).toHaveLength(20);
			expect(first.links).toEqual({ next: `${fake.url}/visitors?page=2` });
			const second = (await httpSend(first.links!.next!, { headers: fake.authHeaders() })).body as { result: Json[]; links: Json };
			expect(second.result).toHaveLength(6);
			expect(second.links).toEqual({});
			expect(fake.requests.map((r) => r.rawQuery)).toEqual(['', 'page=2']);

			const all = [...page1, ...second.result];
			expect(new Set(all.map((v) => v.id)).size).toBe(26);
			expect([...all.map((v) => v.id)].sort()).toEqual([...fake.seeded!.visitorIds].sort());
			const key = (v: Json) => Date.parse(String(v.lastChatAt ?? v.createdAt));
			for (let i = 1; i < all.length; i++) {
				expect(key(all[i - 1]) > key(all[i]) || (key(all[i - 1]) === key(all[i]) && String(all[i - 1].id) > String(all[i].id))).toBe(true);
			}
			// The three visitors without a chat were created most recently: first, newest first.
			expect(all.slice(0, 3).map((v) => v.id)).toEqual([...fake.seeded!.noChatVisitorIds].reverse());
			// Visitors 10 and 11 share lastChatAt: the newer id (11) comes first.
			const [v10, v11] = [fake.seeded!.visitorIds[10], fake.seeded!.visitorIds[11]];
			expect(fake.visitor(v10)!.lastChatAt).toBe(fake.visitor(v11)!.lastChatAt);
			const ids = all.map((v) => v.id);
			expect(ids.indexOf(v11)).toBe(ids.indexOf(v10) - 1);

			expect(await get('/visitors?page=3')).toEqual({ result: [], links: {} });
			for (const page of ['0', '-1', 'two', '1.5']) {
				const bad = await fake.call('GET', `/visitors?page=${page}`);
				expect([bad.status, bad.body]).toEqual([400, { error: { code: 'bad_request', message: '"page" must be a positive integer' } }]);
			}
		});

		it('moves a visitor to the top when its chat changes, and takes another page size', async () => {
			const last = fake.seeded!.visitorIds[2];
			now += 1000;
			fake.visitorMessage(last, 'Back again');
			expect(((await get('/visitors')).result as Json[])[0]).toMatchObject({ id: last, lastChatAt: iso(now) });

			await make({ pageSize: 10 });
			const pages: number[] = [];
			let url: string | undefined = `${fake.url}/visitors`;
			while (url) {
				const body = (await httpSend(url, { headers: fake.authHeaders() })).body as { result: Json[]; links: { next?: string } };
				pages.push(body.result.length);
				url = body.links.next;
			}
			expect(pages).toEqual([10, 10, 6]);
		});

		it('gets a visitor with its fields in order; an unknown id is 404', async () => {
			const id = fake.seeded!.visitorIds[0];
			expect(result(await get(`/visitors/${id}`))).toEqual({
				id,
				name: 'Ana Souza',
				email: 'ana0@example.com',
				phone: '+155501000',
				notes: 'VIP customer',
				custom: { plan: 'pro', seats: 1 },
				utm: { source: 'google', medium: 'cpc', campaign: 'spring', term: null, content: null },
				sourceHost: 'acme.test',
				browser: 'Chrome 131',
				os: 'Windows 11',
				country: 'BR',
				city: 'São Paulo',
				emailMarketingConsent: true,
				createdAt: iso(NOW - 40 * DAY),
				lastChatAt: fake.chat(id)!.updatedAt,
			});
			expect(Object.keys(result(await get(`/visitors/${id}`)) as Json)).toEqual(['id', 'name', 'email', 'phone', 'notes', 'custom', 'utm', 'sourceHost', 'browser', 'os', 'country', 'city', 'emailMarketingConsent', 'createdAt', 'lastChatAt']);
			const missing = await fake.call('GET', '/visitors/5f0000000000000000000000');
			expect([missing.status, missing.body]).toEqual([404, { error: { code: 'not_found', message: 'Visitor not found' } }]);
		});

		it('PUT changes only the sent keys (custom and utm merged, null removes a custom key); bad types are 400, unknown keys a violation', async () => {
			const id = fake.seeded!.visitorIds[0];
			const before = result(await get(`/visitors/${id}`)) as Json;
			const res = await fake.call('PUT', `/visitors/${id}`, { body: { name: 'Ana S.', phone: null, custom: { seats: null, tier: 'gold' }, utm: { term: 'chat' }, emailMarketingConsent: false } });
			expect(res.status).toBe(200);
			expect(result(res.body)).toEqual({ ...before, name: 'Ana S.', phone: null, custom: { plan: 'pro', tier: 'gold' }, utm: { ...(before.utm as Json), term: 'chat' }, emailMarketingConsent: false });
			expect(result(await get(`/visitors/${id}`))).toEqual(result(res.body));

			for (const [body, message] of [
				[{ name: 5 }, '"name" must be a string or null'],
				[{ email: 'nope' }, '"email" is not an email address'],
				[{ custom: [] }, '"custom" must be an object'],
				[{ utm: { gclid: 'x' } }, '"utm.gclid" is not a UTM field (source, medium, campaign, term, content)'],
				[{ emailMarketingConsent: 'yes' }, '"emailMarketingConsent" must be a boolean'],
			] as const) {
				const bad = await fake.call('PUT', `/visitors/${id}`, { body });
				expect([bad.status, bad.body]).toEqual([400, { error: { code: 'bad_request', message } }]);
			}
			expect(result(await get(`/visitors/${id}`))).toEqual(result(res.body));

			const ignored = await fake.call('PUT', `/visitors/${id}`, { body: { browser: 'Edge', notes: 'hi' } });
			expect(result(ignored.body)).toMatchObject({ browser: 'Chrome 131', notes: 'hi' });
			expect(fake.violations).toEqual([`PUT /api/v1/visitors/${id}: PUT /visitors/{id}: unknown key "browser" (ignored)`]);
			fake.violations = [];
		});

		it('DELETE answers the deleted visitor; it and its chats are then 404', async () => {
			const id = fake.seeded!.visitorIds[1];
			const before = result(await get(`/visitors/${id}`));
			const del = await fake.call('DELETE', `/visitors/${id}`);
			expect([del.status, del.body]).toEqual([200, { result: before }]);
			expect((await fake.call('GET', `/visitors/${id}`)).status).toBe(404);
			expect((await fake.call('GET', `/visitors/${id}/chats`)).status).toBe(404);
			expect(((await get('/visitors')).result as Json[]).some((v) => v.id === id)).toBe(false);
		});
	});

	describe('chats and events', () => {
		it('GET …/chats answers the latest chat with events and links.more (older chats, newest first), each fetchable', async () => {
			const id = fake.seeded!.manyChatsVisitorId;
			const body = await get(`/visitors/${id}/chats`);
			const chat = body.result as Json;
			expect(chat).toEqual({
				id: 3,
				visitorId: id,
				stage: 'engaged',
				operatorIds: [fake.seeded!.operators.carla],
				teamId: null,
				rating: null,
				startPage: 'https://acme.test/help',
				missed: false,
				createdAt: iso(NOW - 36 * DAY + 3 * 3_600_000),
				updatedAt: iso(NOW - 36 * DAY + 3 * 3_600_000 + 4 * 60_000),
				closedAt: null,
				events: [
					{ id: expect.stringMatching(OBJECT_ID), type: 'visitor-message', params: { text: 'Hi, this is Ana Souza. Question 3?' }, createdAt: iso(NOW - 36 * DAY + 3 * 3_600_000) },
					{ id: expect.stringMatching(OBJECT_ID), type: 'operator-message', params: { text: 'Hello Ana, how can I help?', operatorId: fake.seeded!.operators.carla }, createdAt: iso(NOW - 36 * DAY + 3 * 3_600_000 + 2 * 60_000) },
					{ id: expect.stringMatching(OBJECT_ID), type: 'visitor-message', params: { text: 'Thanks!' }, createdAt: iso(NOW - 36 * DAY + 3 * 3_600_000 + 4 * 60_000) },
				],
			});
			expect(body.links).toEqual({ more: [`${fake.url}/visitors/${id}/chats/2`, `${fake.url}/visitors/${id}/chats/1`] });
			const older = await Promise.all(body.links!.more!.map((url) => httpSend(url, { headers: fake.authHeaders() })));
			expect(older.map((r) => [r.status, (result(r.body) as Json).id, (result(r.body) as Json).stage, (result(r.body) as Json).closedAt])).toEqual([
				[200, 2, 'closed', iso(NOW - 38 * DAY + 3 * 3_600_000 + 10 * 60_000)],
				[200, 1, 'closed', iso(NOW - 40 * DAY + 3 * 3_600_000 + 10 * 60_000)],
			]);
			expect(older.map((r) => r.body)).toEqual([{ result: expect.any(Object) }, { result: expect.any(Object) }]);

			expect((await get(`/visitors/${fake.seeded!.visitorIds[4]}/chats`)).links).toEqual({ more: [] });
			const none = await fake.call('GET', `/visitors/${fake.seeded!.noChatVisitorIds[0]}/chats`);
			expect([none.status, none.body]).toEqual([404, { error: { code: 'not_found', message: 'Chat not found' } }]);
		});

		it('gets one chat by its per-visitor integer id; other ids are 404', async () => {
			const a = fake.seeded!.visitorIds[3];
			const b = fake.seeded!.visitorIds[4];
			expect((result(await get(`/visitors/${a}/chats/1`)) as Json).visitorId).toBe(a);
			expect((result(await get(`/visitors/${b}/chats/1`)) as Json).visitorId).toBe(b);
			for (const chatId of ['2', 'abc', '1.0']) expect((await fake.call('GET', `/visitors/${a}/chats/${chatId}`)).status).toBe(404);
		});

		it('PUT …/chats updates the latest chat: assign, rate, close (chat.finished) and re-open; bad values are 400', async () => {
			const id = fake.seeded!.openChatVisitorIds[1];
			const { bob, carla } = fake.seeded!.operators;
			now += 60_000;
			const res = await fake.call('PUT', `/visitors/${id}/chats`, { body: { operatorIds: [bob, carla], teamId: 'sales', rating: 5 } });
			expect(result(res.body)).toMatchObject({ id: 1, operatorIds: [bob, carla], teamId: 'sales', rating: 5, stage: 'engaged', updatedAt: iso(now) });
			expect(fake.events).toEqual([]);

			now += 60_000;
			const closed = result((await fake.call('PUT', `/visitors/${id}/chats`, { body: { stage: 'closed' } })).body) as Json;
			expect(closed).toMatchObject({ stage: 'closed', closedAt: iso(now), missed: false, updatedAt: iso(now) });
			expect(fake.visitor(id)!.lastChatAt).toBe(iso(now));
			expect(fake.events.map((e) => [e.event, e.visitorId, e.chatId])).toEqual([['chat.finished', id, 1]]);
			// Closing again changes nothing.
			await fake.call('PUT', `/visitors/${id}/chats/1`, { body: { stage: 'closed' } });
			expect(fake.events).toHaveLength(1);
			const reopened = result((await fake.call('PUT', `/visitors/${id}/chats/1`, { body: { stage: 'engaged' } })).body);
			expect(reopened).toMatchObject({ stage: 'engaged', closedAt: null });

			for (const [body, message] of [
				[{ stage: 'archived' }, '"stage" must be one of initiated, offline, responded, engaged, closed'],
				[{ operatorIds: ['5f0000000000000000000000'] }, 'Unknown operator id(s): 5f0000000000000000000000'],
				[{ operatorIds: 'bob' }, '"operatorIds" must be an array of operator ids'],
				[{ rating: 6 }, '"rating" must be an integer from 1 to 5, or null'],
				[{ teamId: 3 }, '"teamId" must be a string or null'],
			] as const) {
				const bad = await fake.call('PUT', `/visitors/${id}/chats/1`, { body });
				expect([bad.status, bad.body]).toEqual([400, { error: { code: 'bad_request', message } }]);
			}
		});

		it('lists a chat’s events in order, gets one and updates a message’s text with {text} or {params:{text}}', async () => {
			const id = fake.seeded!.visitorIds[6];
			const events = (await get(`/visitors/${id}/chats/1/events`)).result as Json[];
			expect(events.map((e) => e.type)).toEqual(['visitor-message', 'operator-message', 'visitor-message']);
			expect(events).toEqual(fake.chat(id, 1)!.events);
			const eventId = String(events[1].id);
			expect(result(await get(`/visitors/${id}/chats/1/events/${eventId}`))).toEqual(events[1]);

			const a = await fake.call('PUT', `/visitors/${id}/chats/1/events/${eventId}`, { body: { text: 'Edited once' } });
			expect(result(a.body)).toEqual({ ...events[1], params: { ...(events[1].params as Json), text: 'Edited once' } });
			const b = await fake.call('PUT', `/visitors/${id}/chats/1/events/${eventId}`, { body: { params: { text: 'Edited twice' } } });
			expect((result(b.body) as { params: Json }).params.text).toBe('Edited twice');
			expect((result(await get(`/visitors/${id}/chats/1/events/${eventId}`)) as { params: Json }).params.text).toBe('Edited twice');

			const bad = await fake.call('PUT', `/visitors/${id}/chats/1/events/${eventId}`, { body: { message: 'x' } });
			expect([bad.status, bad.body]).toEqual([400, { error: { code: 'bad_request', message: '"text" (or "params.text") must be a non-empty string' } }]);
			fake.violations = [];
			const missing = await fake.call('GET', `/visitors/${id}/chats/1/events/5f0000000000000000000000`);
			expect([missing.status, missing.body]).toEqual([404, { error: { code: 'not_found', message: 'Event not found' } }]);
		});
	});

	describe('POST /messages', () => {
		it('requires chatEvent and refuses other bad bodies with 400; an unknown visitor is 404', async () => {
			const visitorId = fake.seeded!.visitorIds[0];
			for (const [body, message] of [
				[{ visitorId, text: 'hi' }, '"chatEvent" is required'],
				[{ visitorId, chatEvent: 'hi' }, '"chatEvent" must be an object'],
				[{ visitorId, chatEvent: { type: 'note', text: 'x' } }, '"chatEvent.type" must be one of operator-message, message'],
				[{ visitorId, chatEvent: { type: 'message', text: '  ' } }, '"chatEvent.params.text" (or "chatEvent.text") must be a non-empty string'],
				[{ chatEvent: { type: 'message', text: 'hi' } }, '"visitorId" is required'],
				[{ visitorId, chatEvent: { type: 'operator-message', params: { text: 'hi', operatorId: 'nobody' } } }, 'Unknown operator id: nobody'],
				[{ visitorId, chatId: 'first', chatEvent: { type: 'message', text: 'hi' } }, '"chatId" must be an integer'],
			] as const) {
				const res = await fake.call('POST', '/messages', { body });
				expect([res.status, res.body]).toEqual([400, { error: { code: 'bad_request', message } }]);
			}
			fake.violations = [];
			const unknown = await fake.call('POST', '/messages', { body: { visitorId: '5f0000000000000000000000', chatEvent: { type: 'message', text: 'hi' } } });
			expect([unknown.status, unknown.body]).toEqual([404, { error: { code: 'not_found', message: 'Visitor not found' } }]);
			expect(fake.chat(visitorId)!.events).toHaveLength(3);
		});

		it('shape A (operator-message + params) goes into the open chat as the named operator', async () => {
			const visitorId = fake.seeded!.openChatVisitorIds[1];
			now += 5000;
			const res = await fake.call('POST', '/messages', { body: { visitorId, chatEvent: { type: 'operator-message', params: { text: 'On it!', operatorId: fake.seeded!.operators.bob } } } });
			expect(res.status).toBe(200);
			expect(res.body).toEqual({ result: { id: expect.stringMatching(OBJECT_ID), type: 'operator-message', params: { text: 'On it!', operatorId: fake.seeded!.operators.bob }, createdAt: iso(now) } });
			const chat = fake.chat(visitorId)!;
			expect(chat.id).toBe(1);
			expect(chat.events[chat.events.length - 1]).toEqual(result(res.body));
			expect(chat.operatorIds).toContain(fake.seeded!.operators.bob);
			expect(fake.visitor(visitorId)!.lastChatAt).toBe(iso(now));
			expect(fake.events).toEqual([]);
		});

		it('shape B (type message + text) goes into the chat named by chatId, as the token’s operator', async () => {
			const visitorId = fake.seeded!.manyChatsVisitorId;
			const res = await fake.call('POST', '/messages', { body: { visitorId, chatId: 3, chatEvent: { type: 'message', text: 'Shape B' } } });
			expect(result(res.body)).toEqual({ id: expect.stringMatching(OBJECT_ID), type: 'operator-message', params: { text: 'Shape B', operatorId: fake.me.id }, createdAt: iso(now) });
			expect(fake.chat(visitorId, 3)!.events.map((e) => e.params.text).slice(-1)).toEqual(['Shape B']);
			// A closed chat named by id is re-opened.
			await fake.call('POST', '/messages', { body: { visitorId, chatId: '1', chatEvent: { type: 'message', text: 'Old chat' } } });
			expect(fake.chat(visitorId, 1)).toMatchObject({ stage: 'responded', closedAt: null });
			expect((await fake.call('POST', '/messages', { body: { visitorId, chatId: 9, chatEvent: { type: 'message', text: 'x' } } })).status).toBe(404);
		});

		it('starts a new chat (chat.started) when the visitor has none open, counting chat ids per visitor', async () => {
			const closedOnly = fake.seeded!.visitorIds[5];
			const never = fake.seeded!.noChatVisitorIds[0];
			for (const visitorId of [closedOnly, never]) {
				const res = await fake.call('POST', '/messages', { body: { visitorId, chatEvent: { type: 'operator-message', params: { text: 'Hello from us' } } } });
				expect(res.status).toBe(200);
			}
			expect(fake.chats(closedOnly).map((c) => c.id)).toEqual([1, 2]);
			expect(fake.chats(never).map((c) => c.id)).toEqual([1]);
			expect(fake.chat(never)).toMatchObject({ stage: 'responded', operatorIds: [fake.me.id], events: [{ type: 'operator-message', params: { text: 'Hello from us', operatorId: fake.me.id } }] });
			expect(fake.events.map((e) => [e.event, e.visitorId, e.chatId])).toEqual([
				['chat.started', closedOnly, 2],
				['chat.started', never, 1],
			]);
		});

		it('an externalId already on the visitor’s latest chat answers the existing event and adds nothing', async () => {
			await make({ createStatus: 201 });
			const visitorId = fake.seeded!.visitorIds[7];
			const body = { visitorId, externalId: 'n8n-exec-1-item-0', chatEvent: { type: 'operator-message', params: { text: 'Once' } } };
			const first = await fake.call('POST', '/messages', { body });
			expect(first.status).toBe(201);
			expect(result(first.body)).toMatchObject({ externalId: 'n8n-exec-1-item-0', params: { text: 'Once' } });
			now += 1000;
			const retry = await fake.call('POST', '/messages', { body });
			expect([retry.status, retry.body]).toEqual([200, first.body]);
			// Also when the id sits in chatEvent, and after the chat was closed.
			fake.finishChat(visitorId);
			const inChatEvent = await fake.call('POST', '/messages', { body: { visitorId, chatEvent: { type: 'message', text: 'Once', externalId: 'n8n-exec-1-item-0' } } });
			expect(inChatEvent.body).toEqual(first.body);
			expect(fake.chats(visitorId)).toHaveLength(2);
			expect(fake.chat(visitorId)!.events.filter((e) => e.externalId === 'n8n-exec-1-item-0')).toHaveLength(1);
			expect(fake.events.map((e) => e.event)).toEqual(['chat.started', 'chat.finished']);

			const other = await fake.call('POST', '/messages', { body: { ...body, externalId: 'n8n-exec-1-item-1' } });
			expect(other.status).toBe(201);
			// The latest chat was closed: a new one starts.
			expect(fake.chats(visitorId).map((c) => [c.id, c.events.map((e) => e.externalId ?? null)])).toEqual([
				[1, [null, null, null]],
				[2, ['n8n-exec-1-item-0']],
				[3, ['n8n-exec-1-item-1']],
			]);
		});
	});

	describe('helpers acting as Chaport’s users', () => {
		it('startChat, visitorMessage, operatorMessage and finishChat move the chat and lastChatAt, and record events', async () => {
			const v = fake.addVisitor({ name: 'New Person', email: 'new@example.com', utm: { source: 'ads' } });
			expect(v.id).toMatch(OBJECT_ID);
			expect(fake.visitorJson(v.id)).toMatchObject({ name: 'New Person', utm: { source: 'ads', medium: null }, createdAt: iso(now), lastChatAt: null, custom: {} });
			now += 1000;
			const { chat, event } = fake.startChat(v.id, 'Hello?', { startPage: 'https://acme.test/' });
			expect(chat).toMatchObject({ id: 1, stage: 'initiated', startPage: 'https://acme.test/', createdAt: iso(now) });
			expect(event).toMatchObject({ type: 'visitor-message', params: { text: 'Hello?' } });
			now += 1000;
			fake.operatorMessage(v.id, 'Hi!');
			expect(chat.stage).toBe('responded');
			fake.visitorMessage(v.id, 'Thanks');
			expect(chat.stage).toBe('engaged');
			now += 1000;
			fake.finishChat(v.id);
			expect(chat).toMatchObject({ stage: 'closed', closedAt: iso(now), missed: false });
			expect(fake.visitor(v.id)!.lastChatAt).toBe(iso(now));
			now += 1000;
			fake.visitorMessage(v.id, 'One more thing');
			expect(fake.chats(v.id).map((c) => [c.id, c.stage])).toEqual([[1, 'closed'], [2, 'initiated']]);
			expect(fake.events.map((e) => [e.event, e.chatId, e.at])).toEqual([
				['chat.started', 1, iso(NOW + 1000)],
				['chat.finished', 1, iso(NOW + 3000)],
				['chat.started', 2, iso(NOW + 4000)],
			]);
			const missed = fake.startChat(fake.seeded!.visitorIds[9], 'Anyone?').chat;
			fake.finishChat(fake.seeded!.visitorIds[9], missed.id);
			expect(missed.missed).toBe(true);
		});

		it('seed: false starts empty; re-seeding restores the standard data', async () => {
			const empty = createChaportFake({ seed: false });
			expect([empty.store.operators.size, empty.store.visitors.size]).toEqual([0, 0]);
			expect(() => empty.token).toThrow('seed: false');
			fake.addVisitor();
			fake.seed();
			expect(fake.store.visitors.size).toBe(26);
			expect(fake.events).toEqual([]);
		});
	});
});
