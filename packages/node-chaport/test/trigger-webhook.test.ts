/**
 * Chaport Trigger against the fake Chaport: activation registers one subscription per chosen event
 * (the node's URL plus a random ?token=), re-activation reuses them, deactivation removes them; the
 * fake posts its deliveries (both payload shapes) to the test kit's n8n-like webhook endpoint, which
 * runs the node's webhook(). Checks the exact requests, the token (401 and no run without it), the
 * static data (only the token's SHA-256, never the token: n8n exports static data with the
 * workflow), static data of the earlier `{token}` form, the token read from Chaport when the static
 * data has no hash yet, one run per delivery, and the items.
 */
import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { clearDeliveries } from '@leadchat/core';
import { createChaportFake, createHookContext, httpSend, useWebhookEndpoints, type ChaportFake, type ChaportFakeOptions, type ServedWebhook } from '@leadchat/testkit';
import { ChaportApi } from '../credentials/ChaportApi.credentials';
import { ChaportTrigger, NO_TOKEN } from '../nodes/ChaportTrigger/ChaportTrigger.node';

const trigger = new ChaportTrigger();
const lifecycle = trigger.webhookMethods.default;
const credentialTypes = [new ChaportApi()];
const BOTH = ['chat.started', 'chat.finished'];
const BAD_KEY = { error: 'Unauthorized', reason: 'The token in the URL is missing or wrong' };

let fake: ChaportFake;
const endpointFor = useWebhookEndpoints(trigger);

async function start(opts: ChaportFakeOptions = {}): Promise<ChaportFake> {
	fake = createChaportFake(opts);
	await fake.start();
	return fake;
}
beforeEach(() => clearDeliveries());
afterEach(async () => {
	await fake.stop();
	fake.assertNoViolations();
});

const credentials = () => ({ leadchatChaportApi: fake.credentials() as never });
const api = (path: string) => `/api/v1${path}`;
/** The requests since the last clearLog, as "METHOD path". */
const sent = () => fake.requests.map((r) => `${r.method} ${r.path}${r.rawQuery ? `?${r.rawQuery}` : ''}`);
const subscriptions = () => [...fake.store.subscriptions.values()].map((s) => ({ id: s.id, event: s.event, targetUrl: s.targetUrl }));

interface Setup {
	events?: string[];
	fetchDetails?: boolean;
	/** The endpoint's own static data (n8n reads it from the database on each delivery). */
	deliveryStaticData?: IDataObject;
}

/** The node as n8n runs it: an endpoint for deliveries, and its lifecycle (hook context) over the same static data. */
async function activeTrigger(o: Setup = {}) {
	const staticData: IDataObject = {};
	const parameters = { events: o.events ?? BOTH, fetchDetails: o.fetchDetails ?? false };
	const endpoint = await endpointFor({ parameters, credentials: credentials(), credentialTypes, staticData: o.deliveryStaticData ?? staticData });
	const hook = (data: IDataObject = staticData, over: IDataObject = {}) =>
		createHookContext({ parameters: { ...parameters, ...over }, nodeType: trigger, credentials: credentials(), credentialTypes, webhookUrl: endpoint.url, staticData: data }) as never;
	return { endpoint, staticData, hook, parameters };
}

async function activate(o: Setup = {}) {
	const t = await activeTrigger(o);
	expect(await lifecycle.checkExists.call(t.hook())).toBe(false);
	expect(await lifecycle.create.call(t.hook())).toBe(true);
	return t;
}

/** The token Chaport holds for the node: the one every subscription of its URL carries. */
function tokenOf(endpoint: ServedWebhook): string {
	const tokens = new Set(subscriptions().filter((s) => s.targetUrl.startsWith(`${endpoint.url}?`)).map((s) => new URL(s.targetUrl).searchParams.get('token')));
	expect(tokens.size).toBe(1);
	return String([...tokens][0]);
}
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** The static data after activation: the token's hash and the ids, and no trace of the token itself. */
function expectStored(data: IDataObject, token: string, subscriptionIds: IDataObject) {
	expect(data).toEqual({ tokenHash: sha256(token), subscriptionIds });
	expect(JSON.stringify(data)).not.toContain(token);
}
const post = (endpoint: ServedWebhook, query: string, body: unknown) =>
	httpSend(`${endpoint.url}${query}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('Chaport Trigger: subscriptions', () => {
	it('activation registers one subscription per chosen event, to the node URL with a random token kept in the static data only', async () => {
		await start();
		fake.clearLog();
		const t = await activate();
		const token = tokenOf(t.endpoint);
		expect(token).toMatch(/^[0-9a-f]{64}$/);
		const targetUrl = `${t.endpoint.url}?token=${token}`;
		expect(sent()).toEqual([`GET ${api('/events/subscriptions')}`, `GET ${api('/events/subscriptions')}`, `POST ${api('/events/subscriptions')}`, `POST ${api('/events/subscriptions')}`]);
		expect(fake.requestsTo('createSubscription').map((r) => r.body)).toEqual([
			{ targetUrl, event: 'chat.started', essential: true },
			{ targetUrl, event: 'chat.finished', essential: true },
		]);
		const registered = subscriptions();
		expect(registered.map((s) => [s.event, s.targetUrl])).toEqual([
			['chat.started', targetUrl],
			['chat.finished', targetUrl],
		]);
		// The static data (exported with the workflow) holds the token's SHA-256, not the token.
		expectStored(t.staticData, token, { 'chat.started': registered[0].id, 'chat.finished': registered[1].id });
		// Never in a node field.
		expect(JSON.stringify(t.parameters)).not.toContain(token);
		// Another activation of another node gets another token.
		const other = await activate();
		expect(tokenOf(other.endpoint)).not.toBe(token);
		expect(other.staticData.tokenHash).toBe(sha256(tokenOf(other.endpoint)));
	});

	it('re-activation (a restart, or static data lost) reuses the subscriptions: nothing is created twice', async () => {
		await start();
		const t = await activate();
		const before = subscriptions();
		fake.clearLog();
		// A restart: the static data as n8n saved it.
		const saved = JSON.parse(JSON.stringify(t.staticData)) as IDataObject;
		expect(await lifecycle.checkExists.call(t.hook(saved))).toBe(true);
		expect(saved).toEqual(t.staticData);
		// create() again (n8n calls it when checkExists says false) changes nothing either.
		expect(await lifecycle.create.call(t.hook(saved))).toBe(true);
		// Static data lost: the token is taken back from Chaport's subscriptions of this URL (its hash stored).
		const lost: IDataObject = {};
		expect(await lifecycle.checkExists.call(t.hook(lost))).toBe(true);
		expect(lost).toEqual(t.staticData);
		expectStored(lost, tokenOf(t.endpoint), t.staticData.subscriptionIds as IDataObject);
		expect(sent()).toEqual(Array.from({ length: 3 }, () => `GET ${api('/events/subscriptions')}`));
		expect(subscriptions()).toEqual(before);
	});

	it('changed events: the missing subscription is created, the one of an event no longer chosen removed', async () => {
		await start();
		const t = await activate({ events: ['chat.started'] });
		const [started] = subscriptions();
		const token = tokenOf(t.endpoint);
		fake.clearLog();
		expect(await lifecycle.checkExists.call(t.hook(t.staticData, { events: ['chat.finished'] }))).toBe(false);
		await lifecycle.create.call(t.hook(t.staticData, { events: ['chat.finished'] }));
		const targetUrl = `${t.endpoint.url}?token=${token}`;
		expect(sent()).toEqual([`GET ${api('/events/subscriptions')}`, `GET ${api('/events/subscriptions')}`, `POST ${api('/events/subscriptions')}`, `DELETE ${api(`/events/subscriptions/${started.id}`)}`]);
		expect(fake.requestsTo('createSubscription')[0].body).toEqual({ targetUrl, event: 'chat.finished', essential: true });
		expect(subscriptions().map((s) => [s.event, s.targetUrl])).toEqual([['chat.finished', targetUrl]]);
		expectStored(t.staticData, token, { 'chat.finished': subscriptions()[0].id });
	});

	it('a duplicate subscription and one with an old token are removed at activation', async () => {
		await start();
		const t = await activeTrigger();
		const stale = await fake.call('POST', '/events/subscriptions', { body: { targetUrl: `${t.endpoint.url}?token=old`, event: 'chat.started' } });
		t.staticData.tokenHash = sha256('a'.repeat(64));
		const twin = await fake.call('POST', '/events/subscriptions', { body: { targetUrl: `${t.endpoint.url}?token=${'a'.repeat(64)}`, event: 'chat.finished' } });
		const twin2 = await fake.call('POST', '/events/subscriptions', { body: { targetUrl: `${t.endpoint.url}?token=${'a'.repeat(64)}`, event: 'chat.finished' } });
		fake.clearLog();
		await lifecycle.create.call(t.hook());
		const idOf = (r: { body: unknown }) => ((r.body as IDataObject).result as IDataObject).id;
		expect(fake.requestsTo('deleteSubscription').map((r) => r.path)).toEqual([api(`/events/subscriptions/${String(idOf(stale))}`), api(`/events/subscriptions/${String(idOf(twin2))}`)]);
		expect(subscriptions().map((s) => [s.event, s.targetUrl])).toEqual([
			['chat.finished', `${t.endpoint.url}?token=${'a'.repeat(64)}`],
			['chat.started', `${t.endpoint.url}?token=${'a'.repeat(64)}`],
		]);
		expectStored(t.staticData, 'a'.repeat(64), { 'chat.finished': idOf(twin), 'chat.started': subscriptions()[1].id });
	});

	it('deactivation deletes every subscription with the node URL, and only those; a 404 is "already gone"', async () => {
		await start();
		const t = await activate();
		const foreign = await fake.call('POST', '/events/subscriptions', { body: { targetUrl: 'http://127.0.0.1:9/elsewhere', event: 'chat.started' } });
		const [started, finished] = subscriptions();
		// The first delete finds it already gone.
		fake.inject({ status: 404, body: { error: { code: 'not_found', message: 'Subscription not found' } } }, { match: { method: 'DELETE', path: api(`/events/subscriptions/${started.id}`) } });
		fake.clearLog();
		expect(await lifecycle.delete.call(t.hook())).toBe(true);
		expect(sent()).toEqual([`GET ${api('/events/subscriptions')}`, `DELETE ${api(`/events/subscriptions/${started.id}`)}`, `DELETE ${api(`/events/subscriptions/${finished.id}`)}`]);
		expect(fake.requests.map((r) => r.status)).toEqual([200, 404, 200]);
		// Left: the foreign one, and the one the injected 404 answered for (the fake kept its record).
		const foreignId = String(((foreign.body as IDataObject).result as IDataObject).id);
		expect(subscriptions().map((s) => s.id).sort()).toEqual([started.id, foreignId].sort());
		expect(subscriptions().find((s) => s.id === foreignId)?.targetUrl).toBe('http://127.0.0.1:9/elsewhere');
		// The ids and the hash go (no subscription holds that token any more).
		expect(t.staticData).toEqual({});
	});

	it('deactivation when Chaport refuses a delete: the transport\'s NodeApiError, with Chaport\'s message, unchanged', async () => {
		await start();
		const t = await activate();
		const [started] = subscriptions();
		fake.inject({ status: 403, body: { error: { code: 'forbidden', message: 'Not allowed to delete this subscription' } } }, { match: { method: 'DELETE', path: api(`/events/subscriptions/${started.id}`) } });
		fake.clearLog();
		const error = (await lifecycle.delete.call(t.hook()).catch((e: unknown) => e)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect([error.message, error.httpCode]).toEqual(['Not allowed to delete this subscription', '403']);
		expect(sent()).toEqual([`GET ${api('/events/subscriptions')}`, `DELETE ${api(`/events/subscriptions/${started.id}`)}`]);
	});

	it('a failed registration names no token and stores nothing', async () => {
		await start();
		const t = await activeTrigger();
		// Chaport holds the node's chat.started subscription (static data lost): its token is adopted for chat.finished.
		await fake.call('POST', '/events/subscriptions', { body: { targetUrl: `${t.endpoint.url}?token=${'f'.repeat(64)}`, event: 'chat.started' } });
		fake.inject({ status: 400, body: { error: { code: 'bad_request', message: `Bad targetUrl ${t.endpoint.url}?token=${'f'.repeat(64)}` } } }, { match: { method: 'POST', path: api('/events/subscriptions') } });
		const error = (await lifecycle.create.call(t.hook()).catch((e: unknown) => e)) as Error & { description?: string };
		expect(error.message).toBe(`Bad targetUrl ${t.endpoint.url}?token=***`);
		expect(JSON.stringify({ m: error.message, d: error.description })).not.toContain('f'.repeat(64));
		// The request the injected 400 answered: registered with the adopted token.
		expect(fake.requests.filter((r) => r.method === 'POST').slice(-1).map((r) => r.body)).toEqual([{ targetUrl: `${t.endpoint.url}?token=${'f'.repeat(64)}`, event: 'chat.finished', essential: true }]);
		expect(t.staticData).toEqual({});
	});

	it('static data of the earlier form ({token, subscriptionIds}) keeps working; checkExists and create store the hash and drop the token', async () => {
		await start();
		const t = await activate();
		const token = tokenOf(t.endpoint);
		const ids = t.staticData.subscriptionIds as IDataObject;
		const before = subscriptions();
		const legacy = () => ({ token, subscriptionIds: { ...ids } }) as IDataObject;
		fake.clearLog();
		// A restart with the old static data: the subscriptions are adopted, the token replaced by its hash.
		const restarted = legacy();
		expect(await lifecycle.checkExists.call(t.hook(restarted))).toBe(true);
		expectStored(restarted, token, ids);
		// create() with the old static data: the same, nothing registered.
		const recreated = legacy();
		expect(await lifecycle.create.call(t.hook(recreated))).toBe(true);
		expectStored(recreated, token, ids);
		expect(sent()).toEqual([`GET ${api('/events/subscriptions')}`, `GET ${api('/events/subscriptions')}`]);
		expect(subscriptions()).toEqual(before);

		// A delivery that reads the old static data (nothing re-saved yet) is checked against its token, with no request.
		const endpoint = await endpointFor({ parameters: t.parameters, credentials: credentials(), credentialTypes, staticData: legacy() });
		const body = { event: 'chat.started', extras: { visitorId: fake.seeded!.visitorIds[3], chatId: 1 } };
		fake.clearLog();
		expect((await post(endpoint, `?token=${'2'.repeat(64)}`, body)).status).toBe(401);
		expect((await post(endpoint, `?token=${token}`, body)).status).toBe(200);
		expect(endpoint.runs).toEqual([[{ ...body, visitorId: body.extras.visitorId, chatId: 1 }]]);
		expect(sent()).toEqual([]);

		// The old token's subscriptions gone from Chaport: create() makes a new token (the stored one is not reused) and stores its hash only.
		for (const s of before) await fake.call('DELETE', `/events/subscriptions/${s.id}`);
		const orphan = legacy();
		expect(await lifecycle.checkExists.call(t.hook(orphan))).toBe(false);
		expect(await lifecycle.create.call(t.hook(orphan))).toBe(true);
		const fresh = tokenOf(t.endpoint);
		expect(fresh).not.toBe(token);
		expectStored(orphan, fresh, Object.fromEntries(subscriptions().map((s) => [s.event, s.id])));
	});
});

describe('Chaport Trigger: deliveries', () => {
	it('a delivery with the token starts one run; without it, or with a wrong one → 401 and nothing emitted', async () => {
		await start();
		const t = await activate();
		const visitorId = fake.seeded!.visitorIds[5];
		const { chat } = fake.startChat(visitorId, 'Hello?');
		const [delivery] = await fake.deliverPending();
		const token = tokenOf(t.endpoint);
		expect([delivery.event, delivery.status, delivery.url]).toEqual(['chat.started', 200, `${t.endpoint.url}?token=${token}`]);
		const body = JSON.parse(delivery.body) as IDataObject;
		expect(t.endpoint.runs).toEqual([[{ ...body, visitorId, chatId: chat.id }]]);

		clearDeliveries();
		const wrong = await post(t.endpoint, `?token=${'0'.repeat(64)}`, body);
		const none = await post(t.endpoint, '', body);
		const empty = await post(t.endpoint, '?token=', body);
		// The stored hash is no token: whoever reads the static data cannot call the webhook with it.
		const hash = await post(t.endpoint, `?token=${String(t.staticData.tokenHash)}`, body);
		expect([wrong.status, wrong.body, none.status, none.body, empty.status, hash.status, hash.body]).toEqual([401, BAD_KEY, 401, BAD_KEY, 401, 401, BAD_KEY]);
		expect(t.endpoint.runs).toHaveLength(1);
		// The same body with the token passes (the 401s came from the token).
		expect((await post(t.endpoint, `?token=${token}`, body)).status).toBe(200);
		expect(t.endpoint.runs).toHaveLength(2);
		// Deliveries change nothing in the static data.
		expectStored(t.staticData, token, Object.fromEntries(subscriptions().map((s) => [s.event, s.id])));
	});

	it('a delivery that arrives before n8n saved the static data is checked against the token Chaport holds', async () => {
		await start();
		// The endpoint reads static data without the token (as n8n does between create() and saving it).
		const t = await activate({ deliveryStaticData: {} });
		const visitorId = fake.seeded!.visitorIds[6];
		fake.startChat(visitorId, 'Right after activation');
		fake.clearLog();
		const [delivery] = await fake.deliverPending();
		expect(delivery.status).toBe(200);
		expect(t.endpoint.runs).toHaveLength(1);
		expect(sent()).toEqual([`GET ${api('/events/subscriptions')}`]);
		// A wrong token is refused the same way; no token at all costs no request.
		fake.clearLog();
		clearDeliveries();
		const wrong = await post(t.endpoint, `?token=${'1'.repeat(64)}`, JSON.parse(delivery.body));
		expect([wrong.status, wrong.body]).toEqual([401, BAD_KEY]);
		const none = await post(t.endpoint, '', JSON.parse(delivery.body));
		expect([none.status, none.body]).toEqual([401, { error: 'Unauthorized', reason: NO_TOKEN }]);
		expect(sent()).toEqual([`GET ${api('/events/subscriptions')}`]);
		expect(t.endpoint.runs).toHaveLength(1);
	});

	it('a repeated delivery (same chat event again, or two subscriptions for it) starts one run', async () => {
		await start();
		const t = await activate();
		const visitorId = fake.seeded!.visitorIds[7];
		fake.startChat(visitorId, 'Hi');
		const [first] = await fake.deliverPending();
		const again = await fake.redeliver(first);
		expect([first.status, again.status]).toEqual([200, 200]);
		expect(t.endpoint.runs).toHaveLength(1);
		// A second subscription of the same event and URL: both deliveries arrive, one run.
		await fake.call('POST', '/events/subscriptions', { body: { targetUrl: first.url, event: 'chat.finished' } });
		fake.finishChat(visitorId);
		const finished = await fake.deliverPending();
		expect(finished.map((d) => [d.event, d.status])).toEqual([
			['chat.finished', 200],
			['chat.finished', 200],
		]);
		expect(t.endpoint.runs.map((r) => r[0].event)).toEqual(['chat.started', 'chat.finished']);
	});

	it('the extras payload, the nested payload and a link-only payload give the same ids', async () => {
		for (const deliveryPayload of ['extras', 'nested'] as const) {
			clearDeliveries();
			await start({ deliveryPayload });
			const t = await activate();
			const visitorId = fake.seeded!.visitorIds[8];
			const { chat } = fake.startChat(visitorId, `payload ${deliveryPayload}`);
			const [delivery] = await fake.deliverPending();
			const body = JSON.parse(delivery.body) as IDataObject;
			expect(deliveryPayload === 'extras' ? body.extras : [(body.visitor as IDataObject).id, (body.chat as IDataObject).id]).toEqual(deliveryPayload === 'extras' ? { visitorId, chatId: chat.id } : [visitorId, chat.id]);
			expect(t.endpoint.runs).toEqual([[{ ...body, visitorId, chatId: chat.id }]]);
			if (deliveryPayload === 'extras') {
				const linkOnly = { event: 'chat.finished', link: `/api/v1/visitors/${visitorId}/chats` };
				expect((await post(t.endpoint, `?token=${tokenOf(t.endpoint)}`, linkOnly)).status).toBe(200);
				expect(t.endpoint.runs[1]).toEqual([{ ...linkOnly, visitorId, chatId: null }]);
			}
			await fake.stop();
		}
		await start();
	});

	it('events not chosen are answered 200 and start nothing', async () => {
		await start();
		const t = await activate({ events: ['chat.finished'] });
		const visitorId = fake.seeded!.visitorIds[9];
		const body = { event: 'chat.started', extras: { visitorId, chatId: 1 }, link: `/api/v1/visitors/${visitorId}/chats` };
		const answer = await post(t.endpoint, `?token=${tokenOf(t.endpoint)}`, body);
		expect([answer.status, answer.body]).toEqual([200, { message: 'Webhook call received' }]);
		const other = await post(t.endpoint, `?token=${tokenOf(t.endpoint)}`, { event: 'chat.transferred', extras: { visitorId, chatId: 1 } });
		expect(other.status).toBe(200);
		expect(t.endpoint.runs).toEqual([]);
	});
});

describe('Chaport Trigger: Fetch Chat and Visitor', () => {
	it('on (the default): the item is {event, visitorId, chatId, visitor, chat}, read with two requests', async () => {
		await start();
		const t = await activate({ fetchDetails: true });
		const visitorId = fake.seeded!.manyChatsVisitorId;
		fake.finishChat(visitorId);
		const chatId = fake.chat(visitorId)!.id;
		fake.clearLog();
		const [delivery] = await fake.deliverPending();
		expect(delivery.status).toBe(200);
		expect(sent()).toEqual([`GET ${api(`/visitors/${visitorId}`)}`, `GET ${api(`/visitors/${visitorId}/chats/${chatId}`)}`]);
		const visitor = (await fake.call('GET', `/visitors/${visitorId}`)).body as IDataObject;
		const chat = (await fake.call('GET', `/visitors/${visitorId}/chats/${chatId}`)).body as IDataObject;
		expect(t.endpoint.runs).toEqual([[{ event: 'chat.finished', visitorId, chatId, visitor: visitor.result, chat: chat.result }]]);
		expect((chat.result as IDataObject).stage).toBe('closed');
		// The parameter's default is on.
		expect(trigger.description.properties.find((p) => p.name === 'fetchDetails')?.default).toBe(true);
	});

	it('a failed fetch still emits the event, as received, with an error', async () => {
		await start();
		const t = await activate({ fetchDetails: true });
		const visitorId = fake.seeded!.visitorIds[4];
		const { chat } = fake.startChat(visitorId, 'Bye soon');
		// The chat cannot be read (its visitor's latest chat answers 404 once).
		fake.inject({ status: 404, body: { error: { code: 'not_found', message: 'Chat not found' } } }, { match: { method: 'GET', path: api(`/visitors/${visitorId}/chats/${chat.id}`) } });
		const [started] = await fake.deliverPending();
		expect(started.status).toBe(200);
		const visitor = ((await fake.call('GET', `/visitors/${visitorId}`)).body as IDataObject).result;
		expect(t.endpoint.runs).toEqual([[{ ...(JSON.parse(started.body) as IDataObject), visitorId, chatId: chat.id, visitor, error: 'Could not fetch the chat: Chat not found' }]]);

		// The visitor deleted before the delivery: nothing fetched, the event still emitted.
		fake.finishChat(visitorId);
		await fake.call('DELETE', `/visitors/${visitorId}`);
		const [finished] = await fake.deliverPending();
		expect(finished.status).toBe(200);
		expect(t.endpoint.runs[1]).toEqual([{ ...(JSON.parse(finished.body) as IDataObject), visitorId, chatId: chat.id, error: expect.stringMatching(/^Could not fetch the visitor: /) }]);
		// A delivery naming no visitor: emitted with the reason.
		expect((await post(t.endpoint, `?token=${tokenOf(t.endpoint)}`, { event: 'chat.started' })).status).toBe(200);
		expect(t.endpoint.runs[2]).toEqual([{ event: 'chat.started', visitorId: null, chatId: null, error: 'Could not fetch the visitor: The delivery names no visitor ID, so the visitor and the chat cannot be fetched' }]);
	});
});
