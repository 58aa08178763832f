/**
 * The fake Chaport's webhook side and options: subscription CRUD (one `event` per subscription
 * [3P Dec-2025], the older `{url, events}` guess only in 'lenient' mode [I]), deliveries to a real
 * local receiver in both payload variants ('extras' [3P], 'nested' [I]), redelivery, the local-only
 * rule, deliveries sent after the response (a receiver calling back into the fake does not
 * deadlock), the 429 mode [I], and the registry entry used by the end-to-end harness.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { httpSend } from '../../src/fake-server';
import { FAKE_PLATFORMS } from '../../src/fakes';
import { createChaportFake, startHookReceiver, type ChaportFake, type ChaportFakeOptions, type HookReceiver } from '../../src/fakes/chaport';

type Json = Record<string, unknown>;
const NOW = Date.parse('2026-12-03T10:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('fake Chaport: subscriptions, deliveries and options', () => {
	let fake: ChaportFake;
	let receiver: HookReceiver;
	let now = NOW;

	const make = async (opts: ChaportFakeOptions = {}) => {
		await fake?.stop();
		fake = createChaportFake({ now: () => now, ...opts });
		await fake.start();
		return fake;
	};
	const subscribe = async (event: string, path = '/hook', essential?: boolean) => {
		const res = await fake.call('POST', '/events/subscriptions', { body: { targetUrl: `${receiver.url}${path}`, event, ...(essential === undefined ? {} : { essential }) } });
		expect(res.status).toBe(200);
		return (res.body as { result: Json }).result;
	};

	beforeEach(async () => {
		now = NOW;
		receiver = await startHookReceiver();
		await make();
	});
	afterEach(async () => {
		fake.assertNoViolations();
		await fake.stop();
		await receiver.close();
	});

	describe('subscriptions', () => {
		it('creates, lists, gets, updates (partial) and deletes subscriptions of one event each', async () => {
			const started = await subscribe('chat.started', '/a', true);
			expect(started).toEqual({ id: expect.stringMatching(/^[0-9a-f]{24}$/), event: 'chat.started', targetUrl: `${receiver.url}/a`, essential: true, createdAt: iso(NOW) });
			const finished = await subscribe('chat.finished', '/a');
			expect(finished.essential).toBe(false);
			// The same target and event may be subscribed twice [I]: the caller de-duplicates.
			const twin = await subscribe('chat.finished', '/a');
			expect(twin.id).not.toBe(finished.id);

			expect(await fake.call('GET', '/events/subscriptions').then((r) => r.body)).toEqual({ result: [started, finished, twin] });
			expect((await fake.call('GET', `/events/subscriptions/${String(started.id)}`)).body).toEqual({ result: started });

			const updated = await fake.call('PUT', `/events/subscriptions/${String(twin.id)}`, { body: { targetUrl: `${receiver.url}/b` } });
			expect(updated.body).toEqual({ result: { ...twin, targetUrl: `${receiver.url}/b` } });
			const event = await fake.call('PUT', `/events/subscriptions/${String(twin.id)}`, { body: { event: 'chat.started', essential: true } });
			expect(event.body).toEqual({ result: { ...twin, targetUrl: `${receiver.url}/b`, event: 'chat.started', essential: true } });

			expect((await fake.call('DELETE', `/events/subscriptions/${String(twin.id)}`)).body).toEqual({ result: {} });
			for (const method of ['GET', 'PUT', 'DELETE']) {
				const res = await fake.call(method, `/events/subscriptions/${String(twin.id)}`, { body: method === 'PUT' ? { essential: false } : undefined });
				expect([res.status, res.body]).toEqual([404, { error: { code: 'not_found', message: 'Subscription not found' } }]);
			}
			expect(((await fake.call('GET', '/events/subscriptions')).body as { result: Json[] }).result.map((s) => s.id)).toEqual([started.id, finished.id]);
			expect(fake.requestsTo('createSubscription').map((r) => r.body)).toEqual([
				{ targetUrl: `${receiver.url}/a`, event: 'chat.started', essential: true },
				{ targetUrl: `${receiver.url}/a`, event: 'chat.finished' },
				{ targetUrl: `${receiver.url}/a`, event: 'chat.finished' },
			]);
		});

		it('single (default): refuses an events array, url, or a missing targetUrl/event with 400', async () => {
			const target = `${receiver.url}/hook`;
			for (const [body, message] of [
				[{ targetUrl: target, events: ['chat.started'] }, '"events" is not accepted: one "event" per subscription'],
				[{ url: target, event: 'chat.started' }, '"targetUrl" is required ("url" is not accepted)'],
				[{ event: 'chat.started' }, '"targetUrl" and "event" are required'],
				[{ targetUrl: target }, '"targetUrl" and "event" are required'],
				[{ targetUrl: 'ftp://x', event: 'chat.started' }, '"targetUrl" must be an http(s) URL'],
				[{ targetUrl: target, event: 'chat.started', essential: 'yes' }, '"essential" must be a boolean'],
			] as const) {
				const res = await fake.call('POST', '/events/subscriptions', { body });
				expect([res.status, res.body]).toEqual([400, { error: { code: 'bad_request', message } }]);
			}
			fake.violations = [];
			expect(fake.store.subscriptions.size).toBe(0);
			// A name the fake never delivers is accepted, but recorded.
			await subscribe('message.created');
			expect(fake.violations).toEqual(['POST /api/v1/events/subscriptions: subscription to an event the fake never delivers: "message.created"']);
			fake.violations = [];
		});

		it('lenient: accepts the older {url, events:[…]} guess, listed with event (the first) and events, delivered for each', async () => {
			await make({ subscriptionBody: 'lenient' });
			const res = await fake.call('POST', '/events/subscriptions', { body: { url: `${receiver.url}/old`, events: ['chat.started', 'chat.finished'] } });
			expect([res.status, res.body]).toEqual([200, { result: { id: expect.any(String), event: 'chat.started', targetUrl: `${receiver.url}/old`, essential: false, createdAt: iso(NOW), events: ['chat.started', 'chat.finished'] } }]);
			expect((await fake.call('POST', '/events/subscriptions', { body: { url: `${receiver.url}/old` } })).status).toBe(400);
			const visitorId = fake.seeded!.visitorIds[4];
			fake.startChat(visitorId, 'Hi');
			fake.finishChat(visitorId);
			await fake.deliverPending();
			expect(receiver.received.map((r) => [r.url, (r.body as Json).event])).toEqual([
				['/old', 'chat.started'],
				['/old', 'chat.finished'],
			]);
		});
	});

	describe('deliveries', () => {
		it("'extras' (default): POSTs {event, extras:{visitorId, chatId}, link} to each matching subscription, once", async () => {
			await subscribe('chat.started', '/started');
			await subscribe('chat.finished', '/finished');
			const visitorId = fake.seeded!.visitorIds[4];
			const { chat } = fake.startChat(visitorId, 'Hello');
			fake.finishChat(visitorId);
			expect(receiver.received).toEqual([]);
			expect(fake.deliveries.pending().map((e) => e.event)).toEqual(['chat.started', 'chat.finished']);

			const deliveries = await fake.deliverPending();
			expect(deliveries.map((d) => [d.event, d.status])).toEqual([
				['chat.started', 200],
				['chat.finished', 200],
			]);
			expect(receiver.received.map((r) => [r.method, r.url, r.body])).toEqual([
				['POST', '/started', { event: 'chat.started', extras: { visitorId, chatId: chat.id }, link: `/api/v1/visitors/${visitorId}/chats` }],
				['POST', '/finished', { event: 'chat.finished', extras: { visitorId, chatId: chat.id }, link: `/api/v1/visitors/${visitorId}/chats` }],
			]);
			expect(chat.id).toBe(2);
			expect(receiver.received[0].headers['content-type']).toBe('application/json');
			expect(receiver.received[0].raw).toBe(deliveries[0].body);
			expect(Object.keys(receiver.received[0].headers).filter((h) => /signature|secret/i.test(h))).toEqual([]);
			expect(await fake.deliverPending()).toEqual([]);
			expect(receiver.received).toHaveLength(2);
		});

		it("'nested': POSTs {event, visitor, chat} (the chat without events, as it was when the event happened)", async () => {
			await make({ deliveryPayload: 'nested' });
			await subscribe('chat.started');
			const visitorId = fake.seeded!.noChatVisitorIds[1];
			now += 1000;
			const { chat } = fake.startChat(visitorId, 'Hi there');
			now += 1000;
			fake.operatorMessage(visitorId, 'Hello!');
			await fake.deliverPending();
			expect(receiver.received).toHaveLength(1);
			const body = receiver.received[0].body as { event: string; visitor: Json; chat: Json };
			expect(body).toEqual({
				event: 'chat.started',
				visitor: { ...fake.visitorJson(visitorId), lastChatAt: iso(NOW + 1000) },
				chat: { id: 1, visitorId, stage: 'initiated', operatorIds: [], teamId: null, rating: null, startPage: null, missed: false, createdAt: iso(NOW + 1000), updatedAt: iso(NOW + 1000), closedAt: null },
			});
			expect(chat.stage).toBe('responded');
		});

		it('deliverWebhooks: sends after the response of the request that caused it; a receiver calling back into the fake does not deadlock', async () => {
			await make({ deliverWebhooks: true });
			const order: string[] = [];
			const fetched: unknown[] = [];
			const callback = http.createServer((req, res) => {
				const chunks: Buffer[] = [];
				req.on('data', (c: Buffer) => chunks.push(c));
				req.on('end', () => {
					// The request that caused the delivery was already answered (the log has its status).
					order.push(`delivery received; POST /messages answered ${fake.requestsTo('sendMessage')[0]?.status}`);
					const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { link: string };
					// Like a trigger fetching the chat before answering.
					void fake.call('GET', body.link.replace('/api/v1', '')).then((chat) => {
						fetched.push(chat.body);
						res.writeHead(200).end('ok');
					});
				});
			});
			await new Promise<void>((resolve) => callback.listen(0, '127.0.0.1', resolve));
			try {
				const url = `http://127.0.0.1:${(callback.address() as AddressInfo).port}/n8n`;
				await fake.call('POST', '/events/subscriptions', { body: { targetUrl: url, event: 'chat.started' } });
				const visitorId = fake.seeded!.noChatVisitorIds[0];
				// When the handler has answered (before the answer is written), no delivery has started.
				const startedBeforeAnswer: number[] = [];
				fake.intercept(async (req, next) => {
					const answer = await next();
					if (req.route === 'sendMessage') startedBeforeAnswer.push(fake.deliveryLog.length);
					return answer;
				});
				const sent = await fake.call('POST', '/messages', { body: { visitorId, chatEvent: { type: 'message', text: 'We saw you on the pricing page' } } });
				expect(sent.status).toBe(200);
				const log = await fake.waitForDeliveries();
				expect(log.map((d) => [d.event, d.status, d.url])).toEqual([['chat.started', 200, url]]);
				expect(startedBeforeAnswer).toEqual([0]);
				expect(order).toEqual(['delivery received; POST /messages answered 200']);
				expect(fetched).toEqual([{ result: expect.objectContaining({ id: 1, visitorId }), links: { more: [] } }]);
				// Helpers deliver too.
				fake.finishChat(visitorId);
				fake.startChat(visitorId, 'Again');
				await fake.waitForDeliveries();
				expect(fake.deliveryLog.map((d) => JSON.parse(d.body) as Json).map((b) => [b.event, (b.extras as Json).chatId])).toEqual([
					['chat.started', 1],
					['chat.started', 2],
				]);
				expect(fake.deliveries.pending()).toEqual([]);
			} finally {
				await new Promise<void>((resolve) => {
					callback.closeAllConnections();
					callback.close(() => resolve());
				});
			}
		});

		it('redeliver sends the same bytes again (for de-duplication tests), logged with retryOf', async () => {
			await subscribe('chat.started');
			fake.startChat(fake.seeded!.visitorIds[8], 'Hi');
			const [first] = await fake.deliverPending();
			receiver.respondWith(500);
			const again = await fake.redeliver(first);
			expect(again).toMatchObject({ retryOf: first.id, status: 500, body: first.body, url: first.url, event: 'chat.started', seq: first.seq });
			expect(receiver.received.map((r) => r.raw)).toEqual([first.body, first.body]);
			expect(fake.deliveryLog.map((d) => [d.id, d.retryOf ?? null, d.status])).toEqual([
				[first.id, null, 200],
				[again.id, first.id, 500],
			]);
		});

		it('posts only to 127.0.0.1 / localhost targets; others are logged as refused, never sent', async () => {
			await fake.call('POST', '/events/subscriptions', { body: { targetUrl: 'https://hooks.example.com/chaport', event: 'chat.started' } });
			await subscribe('chat.started');
			fake.startChat(fake.seeded!.visitorIds[8], 'Hi');
			const deliveries = await fake.deliverPending();
			expect(deliveries.map((d) => [d.url, d.status, d.error ?? null])).toEqual([
				['https://hooks.example.com/chaport', 0, 'refused: the fake only posts to 127.0.0.1 or localhost (https://hooks.example.com/chaport)'],
				[`${receiver.url}/hook`, 200, null],
			]);
			expect(receiver.received).toHaveLength(1);
		});
	});

	describe('429 mode', () => {
		it('is off by default', async () => {
			const statuses = await Promise.all(Array.from({ length: 30 }, () => fake.call('GET', '/me.json').then((r) => r.status)));
			expect(new Set(statuses)).toEqual(new Set([200]));
		});

		it('answers 429 with Retry-After (seconds to the window’s end) past the limit, per token, until the window ends', async () => {
			await make({ rateLimit: { limit: 2, windowMs: 10_000 } });
			expect((await fake.call('GET', '/operators')).status).toBe(200);
			now += 2500;
			expect((await fake.call('GET', '/operators')).status).toBe(200);
			const limited = await fake.call('GET', '/operators');
			expect([limited.status, limited.headers['retry-after'], limited.body]).toEqual([429, '8', { error: { code: 'rate_limited', message: 'Too many requests' } }]);
			// Another token has its own bucket (and is refused for the token, not the rate).
			expect((await fake.call('GET', '/operators', { token: 'other' })).status).toBe(401);
			now += 7500;
			expect((await fake.call('GET', '/operators')).status).toBe(200);
		});

		it('answers 429 without Retry-After when retryAfter is false, and throttleNext limits single requests', async () => {
			await make({ rateLimit: { limit: 0, retryAfter: false } });
			const limited = await fake.call('GET', '/me.json');
			expect([limited.status, limited.headers['retry-after']]).toEqual([429, undefined]);
			fake.setRateLimit(undefined);
			fake.throttleNext(1, { retryAfter: 3, match: { path: '/api/v1/visitors' } });
			expect((await fake.call('GET', '/me.json')).status).toBe(200);
			const next = await fake.call('GET', '/visitors');
			expect([next.status, next.headers['retry-after']]).toEqual([429, '3']);
			expect((await fake.call('GET', '/visitors')).status).toBe(200);
			fake.throttleNext(1, { retryAfter: false });
			expect((await fake.call('GET', '/visitors')).headers['retry-after']).toBeUndefined();
		});
	});

	describe('registry', () => {
		it('FAKE_PLATFORMS.chaport starts a seeded fake whose credentialData passes GET /me.json', async () => {
			const entry = FAKE_PLATFORMS.chaport;
			const registered = entry.create({ deliverWebhooks: true });
			await entry.start(registered);
			try {
				expect(entry.credentials).toEqual({ leadchatChaportApi: { id: 'fakeChaportApi', name: 'Chaport (fake server)' } });
				const data = entry.credentialData(registered).leadchatChaportApi as { region: string; baseUrl: string; accessToken: string };
				expect(data).toEqual({ region: 'custom', baseUrl: `http://127.0.0.1:${entry.port(registered)}/api/v1`, accessToken: registered.token });
				const me = await httpSend(`${data.baseUrl}/me.json`, { headers: { Authorization: `Bearer ${data.accessToken}` } });
				expect([me.status, (me.body as { result: Json }).result.email]).toEqual([200, 'alice@acme.test']);
				expect((await httpSend(`${data.baseUrl}/me.json`, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
				expect(registered.requests.map((r) => [r.route, r.status])).toEqual([
					['getMe', 200],
					['getMe', 401],
				]);
				// deliverWebhooks reached the fake.
				await registered.call('POST', '/events/subscriptions', { body: { targetUrl: `${receiver.url}/e2e`, event: 'chat.started' } });
				registered.startChat(registered.seeded!.visitorIds[2], 'Hi');
				await registered.waitForDeliveries();
				expect(receiver.received.map((r) => r.url)).toEqual(['/e2e']);
			} finally {
				await entry.stop(registered);
			}
		});
	});
});
