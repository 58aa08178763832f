/**
 * Crisp Trigger, deliveries: the fake Crisp posts hook deliveries exactly as Crisp does (compact
 * JSON; plugin hooks signed with hex HMAC-SHA256 of "[" + timestamp + ";" + body + "]"; website
 * hooks unsigned with the user's ?key=) to the test kit's n8n-like webhook endpoint, which runs the
 * node's webhook(). Checks: the signature (raw body, then the re-serialised JSON; tampering, wrong
 * secret, missing headers, the replay window in milliseconds or seconds) → 401 and nothing emitted;
 * the website key; the filters; and one run per delivery (Crisp's retries with an attempt count,
 * re-stamped or not, concurrent copies).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { clearDeliveries, setDeliveryClock } from '@leadchat/core';
import { createCrispFake, createHookContext, crisp, httpSend, useWebhookEndpoints, type CrispFake, type ServedWebhook } from '@leadchat/testkit';
import { CrispWebhookApi } from '../credentials/CrispWebhookApi.credentials';
import { CRISP_EVENT_NAMES } from '../nodes/CrispTrigger/events';
import { CrispTrigger, NO_SIGNATURE_SECRET, NO_WEBSITE_KEY } from '../nodes/CrispTrigger/CrispTrigger.node';

type HookDelivery = crisp.HookDelivery;
const { signCrispHook } = crisp;
const trigger = new CrispTrigger();
const KEY = 'website-hook-key-0f3a9c6e1b7d4e2a';
const HOUR = 3_600_000;

let fake: CrispFake;
const endpointFor = useWebhookEndpoints(trigger);

beforeAll(async () => {
	fake = createCrispFake();
	await fake.start();
});
afterAll(async () => {
	await fake.stop();
	fake.assertNoViolations();
});
beforeEach(async () => {
	clearDeliveries();
	fake.clock.now = () => Date.now();
	fake.hooks.options.timestampUnit = undefined;
	fake.hooks.plugin.splice(0);
	fake.hooks.website.splice(0);
	// Events of earlier tests are marked delivered (there is no target now).
	await fake.hooks.deliverPending();
});
afterEach(() => setDeliveryClock());

const secret = () => fake.store.signatureSecret;

interface Setup {
	parameters?: IDataObject;
	credential?: IDataObject;
	query?: string;
	node?: { id?: string };
}

/** The node behind an n8n-like endpoint, with a Crisp Webhook credential (the fake's secret and KEY by default). */
async function serve(o: Setup = {}): Promise<ServedWebhook> {
	return endpointFor({
		parameters: { hookType: 'plugin', events: ['*'], websiteIds: '', sender: 'any', ...o.parameters },
		credentials: { leadchatCrispWebhookApi: (o.credential ?? { signatureSecret: secret(), websiteHookKey: KEY }) as never },
		credentialTypes: [new CrispWebhookApi()],
		node: o.node,
		query: o.query,
	});
}

/** A plugin hook from the fake to the endpoint; the fake's pending events are delivered first elsewhere. */
async function pluginHook(o: Setup & { events?: string[]; secret?: string } = {}) {
	const endpoint = await serve(o);
	await fake.hooks.deliverPending();
	fake.hooks.addPluginHook({ url: endpoint.url, events: o.events, secret: o.secret });
	return endpoint;
}

/** Posts a delivery's exact headers with another body or header values (a forgery, a replay, a copy). */
function repost(delivery: HookDelivery, over: { body?: string; headers?: Record<string, string | undefined>; url?: string } = {}) {
	const headers: Record<string, string> = {};
	for (const [k, v] of Object.entries({ ...delivery.headers, ...over.headers })) if (v !== undefined) headers[k] = v;
	return httpSend(over.url ?? delivery.url, { method: 'POST', headers, body: over.body ?? delivery.body });
}

const only = (deliveries: HookDelivery[]) => {
	expect(deliveries).toHaveLength(1);
	return deliveries[0];
};

describe('Crisp Trigger: the Crisp Webhook credential and its test (testedBy)', () => {
	const credentialTest = (data: Record<string, string>) =>
		trigger.methods.credentialTest.webhookSecretsTest.call({} as never, { id: '1', name: 'Crisp', type: 'leadchatCrispWebhookApi', data });

	it('the node names the test on its credential entry', () => {
		expect(trigger.description.credentials).toEqual([{ name: 'leadchatCrispWebhookApi', displayName: 'Crisp Webhook', required: true, testedBy: 'webhookSecretsTest' }]);
		expect(new CrispWebhookApi().displayName).toBe('Crisp Webhook API');
	});

	it('each hook type\'s notice starts with what to fill (the credential, and which secret) and says where it is found', () => {
		const notices = trigger.description.properties.filter((p) => p.type === 'notice').map((p) => ({ name: p.name, show: p.displayOptions?.show, text: p.displayName }));
		expect(notices).toEqual([
			{
				name: 'pluginNotice',
				show: { hookType: ['plugin'] },
				text: expect.stringMatching(/^First select a Crisp Webhook credential above \("Execute step" stays greyed out until one is selected\) and put the plugin's signature secret in it: Crisp Marketplace → your plugin → Settings → Events shows it\./),
			},
			{
				name: 'websiteNotice',
				show: { hookType: ['website'] },
				text: expect.stringMatching(/^First select a Crisp Webhook credential above \("Execute step" stays greyed out until one is selected\) and put a long random key of your own in its Website Hook Key\. .*Settings → Website Settings → Advanced configuration → Web Hooks/),
			},
		]);
	});

	it('passes with either secret, fails with neither or with one pasted with a line break, never naming the value', async () => {
		await expect(credentialTest({ signatureSecret: 'p1ugin', websiteHookKey: '' })).resolves.toEqual({ status: 'OK', message: 'Plugin Signature Secret set; each delivery is checked against it' });
		await expect(credentialTest({ websiteHookKey: 'w3bsite' })).resolves.toEqual({ status: 'OK', message: 'Website Hook Key set; each delivery is checked against it' });
		await expect(credentialTest({ signatureSecret: '', websiteHookKey: '' })).resolves.toEqual({
			status: 'Error',
			message: 'Plugin Signature Secret or Website Hook Key is empty: no delivery could be verified',
		});
		await expect(credentialTest({ signatureSecret: 'p1ugin\n' })).resolves.toEqual({
			status: 'Error',
			message: 'Plugin Signature Secret begins or ends with a space or line break: remove it, or no delivery will match',
		});
	});
});

describe('Crisp Trigger: plugin hooks (signed)', () => {
	it('a signed message:send delivery starts one run whose item is the body exactly', async () => {
		const endpoint = await pluginHook();
		const conversation = fake.addConversation({ initiated: false });
		const message = fake.addVisitorMessage(conversation.session_id, 'Hello, is anyone there?');
		const delivery = only(await fake.hooks.deliverPending());
		expect([delivery.event, delivery.status, delivery.headers['X-Crisp-Signature']]).toEqual(['message:send', 200, signCrispHook(secret(), delivery.timestamp, delivery.body)]);
		expect(endpoint.runs).toEqual([[JSON.parse(delivery.body)]]);
		expect(endpoint.runs[0][0]).toMatchObject({
			website_id: fake.websiteId,
			event: 'message:send',
			data: { session_id: conversation.session_id, from: 'user', type: 'text', content: 'Hello, is anyone there?', fingerprint: message.fingerprint, timestamp: message.timestamp },
		});
	});

	it('a wrong secret, a tampered body, a missing signature or timestamp → 401, nothing emitted', async () => {
		const endpoint = await pluginHook({ secret: 'not-the-plugin-secret' });
		fake.addConversation();
		const forged = only(await fake.hooks.deliverPending());
		expect(forged.status).toBe(401);
		expect(JSON.parse(forged.responseText!)).toEqual({ error: 'Unauthorized', reason: 'The signature does not match the body' });

		const genuineSignature = signCrispHook(secret(), forged.timestamp, forged.body);
		const tampered = await repost(forged, { body: forged.body.replace(fake.websiteId, fake.seeded!.otherWebsiteId), headers: { 'X-Crisp-Signature': genuineSignature } });
		expect([tampered.status, tampered.body]).toEqual([401, { error: 'Unauthorized', reason: 'The signature does not match the body' }]);
		const unsigned = await repost(forged, { headers: { 'X-Crisp-Signature': undefined } });
		expect([unsigned.status, unsigned.body]).toEqual([401, { error: 'Unauthorized', reason: 'The X-Crisp-Signature header is missing' }]);
		const unstamped = await repost(forged, { headers: { 'X-Crisp-Signature': genuineSignature, 'X-Crisp-Request-Timestamp': undefined } });
		expect([unstamped.status, unstamped.body]).toEqual([401, { error: 'Unauthorized', reason: 'The X-Crisp-Request-Timestamp header is missing' }]);
		const garbage = await repost(forged, { headers: { 'X-Crisp-Signature': signCrispHook(secret(), 'soon', forged.body), 'X-Crisp-Request-Timestamp': 'soon' } });
		expect([garbage.status, garbage.body]).toEqual([401, { error: 'Unauthorized', reason: 'The X-Crisp-Request-Timestamp header is not a Unix time' }]);
		expect(endpoint.runs).toEqual([]);

		// The same body with its genuine signature passes: the 401s came from the checks.
		const genuine = await repost(forged, { headers: { 'X-Crisp-Signature': genuineSignature } });
		expect(genuine.status).toBe(200);
		expect(endpoint.runs).toEqual([[JSON.parse(forged.body)]]);
	});

	it('a signature over the re-serialised JSON (the Node client) and one over raw bytes that are not compact (the Go client) both pass', async () => {
		const endpoint = await pluginHook();
		const ts = String(Date.now());
		const event = { website_id: fake.websiteId, event: 'session:set_email', data: { website_id: fake.websiteId, session_id: 'session_0f1e2d3c-4b5a-4697-8879-6a5b4c3d2e1f', email: 'ana@example.com' }, timestamp: Number(ts) };
		const pretty = JSON.stringify(event, null, 2);
		const post = (body: string, signed: string) =>
			httpSend(endpoint.url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Crisp-Request-Timestamp': ts, 'X-Crisp-Signature': signCrispHook(secret(), ts, signed), 'X-Delivery-Attempt-Count': '1' }, body });
		expect((await post(pretty, JSON.stringify(event))).status).toBe(200);
		clearDeliveries();
		expect((await post(pretty, pretty)).status).toBe(200);
		expect(endpoint.runs).toEqual([[event], [event]]);
		// Neither form of another body.
		expect((await post(pretty, JSON.stringify({ ...event, event: 'session:set_phone' }))).status).toBe(401);
		expect(endpoint.runs).toHaveLength(2);
	});

	it('the replay window: X-Crisp-Request-Timestamp in milliseconds, up to an hour old and 5 minutes ahead', async () => {
		const endpoint = await pluginHook();
		const stamped = async (offsetMs: number) => {
			fake.clock.now = () => Date.now() + offsetMs;
			const delivery = only(await fake.hooks.emit(fake.websiteId, 'session:set_subject', { website_id: fake.websiteId, session_id: 'session_3a9c6e1b-7d4e-4a2f-9b8c-1d2e3f4a5b6c', subject: `offset ${offsetMs}` }));
			expect(delivery.timestamp).toMatch(/^\d{13}$/);
			return delivery.status;
		};
		expect(await stamped(-HOUR + 60_000)).toBe(200);
		expect(await stamped(-HOUR - 60_000)).toBe(401);
		expect(await stamped(4 * 60_000)).toBe(200);
		expect(await stamped(6 * 60_000)).toBe(401);
		expect(endpoint.runs.map((r) => (r[0].data as IDataObject).subject)).toEqual([`offset ${-HOUR + 60_000}`, `offset ${4 * 60_000}`]);
		expect(endpoint.answers.filter((a) => a.status === 401).map((a) => a.body)).toEqual([
			{ error: 'Unauthorized', reason: 'The X-Crisp-Request-Timestamp is more than an hour old (or more than 5 minutes ahead)' },
			{ error: 'Unauthorized', reason: 'The X-Crisp-Request-Timestamp is more than an hour old (or more than 5 minutes ahead)' },
		]);
	});

	it('the same window for a timestamp in seconds (Crisp does not document the unit)', async () => {
		const endpoint = await pluginHook();
		fake.hooks.options.timestampUnit = 's';
		fake.clock.now = () => Date.now() - 30 * 60_000;
		const recent = only(await fake.hooks.emit(fake.websiteId, 'session:set_nickname', { website_id: fake.websiteId, nickname: 'Ana' }));
		fake.clock.now = () => Date.now() - 2 * HOUR;
		const old = only(await fake.hooks.emit(fake.websiteId, 'session:set_nickname', { website_id: fake.websiteId, nickname: 'Bruno' }));
		expect([recent.timestamp, old.timestamp]).toEqual([expect.stringMatching(/^\d{10}$/), expect.stringMatching(/^\d{10}$/)]);
		expect([recent.status, old.status]).toEqual([200, 401]);
		expect(endpoint.runs.map((r) => (r[0].data as IDataObject).nickname)).toEqual(['Ana']);
	});

	it('no signature secret in the credential → 401 with advice; activation fails naming the missing secret', async () => {
		const endpoint = await pluginHook({ credential: { websiteHookKey: KEY } });
		fake.addConversation();
		const delivery = only(await fake.hooks.deliverPending());
		expect([delivery.status, JSON.parse(delivery.responseText!)]).toEqual([401, { error: 'Unauthorized', reason: NO_SIGNATURE_SECRET }]);
		expect(endpoint.runs).toEqual([]);
		const hook = createHookContext({ parameters: { hookType: 'plugin', events: ['*'] }, nodeType: trigger, credentials: { leadchatCrispWebhookApi: { websiteHookKey: KEY } }, credentialTypes: [new CrispWebhookApi()] });
		for (const method of ['checkExists', 'create'] as const) {
			const error = await trigger.webhookMethods.default[method].call(hook as never).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(NodeOperationError);
			expect((error as Error).message).toBe(NO_SIGNATURE_SECRET);
		}
	});

	it('the lifecycle registers nothing: activation and deactivation send no request to Crisp', async () => {
		fake.clearLog();
		const hook = createHookContext({ parameters: { hookType: 'plugin', events: ['message:send'] }, nodeType: trigger, credentials: { leadchatCrispWebhookApi: { signatureSecret: secret() } }, credentialTypes: [new CrispWebhookApi()] });
		const lifecycle = trigger.webhookMethods.default;
		expect([await lifecycle.checkExists.call(hook as never), await lifecycle.create.call(hook as never), await lifecycle.delete.call(hook as never)]).toEqual([true, true, true]);
		expect(fake.requests).toEqual([]);
	});
});

describe('Crisp Trigger: one run per delivery', () => {
	it("Crisp's retry (X-Delivery-Attempt-Count 2, same timestamp and signature) is answered 200 and starts no second run", async () => {
		const endpoint = await pluginHook();
		fake.addConversation();
		const first = only(await fake.hooks.deliverPending());
		const retry = await fake.hooks.redeliver(first);
		expect([retry.headers['X-Delivery-Attempt-Count'], retry.signature, retry.status]).toEqual(['2', first.signature, 200]);
		expect(JSON.parse(retry.responseText!)).toEqual({ received: true, duplicate: true });
		expect(endpoint.runs).toEqual([[JSON.parse(first.body)]]);
	});

	it('a retry re-stamped and re-signed by Crisp is still the same delivery (the key is the signed body)', async () => {
		const endpoint = await pluginHook();
		fake.addConversation();
		const first = only(await fake.hooks.deliverPending());
		fake.clock.now = () => Date.now() + 90_000;
		const retry = await fake.hooks.redeliver(first, { restamp: true });
		expect(retry.timestamp).not.toBe(first.timestamp);
		expect([retry.body, retry.status]).toEqual([first.body, 200]);
		expect(endpoint.runs).toHaveLength(1);
	});

	it('5 concurrent copies of a delivery start one run', async () => {
		const endpoint = await pluginHook();
		fake.addConversation();
		const delivery = only(await fake.hooks.deliverPending());
		clearDeliveries();
		endpoint.runs.length = 0;
		const answers = await Promise.all(Array.from({ length: 5 }, () => repost(delivery)));
		expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
		expect(endpoint.runs).toHaveLength(1);
	});

	it('a forged copy sent first (same headers, another body) gets 401 and does not block the genuine delivery', async () => {
		const endpoint = await serve();
		const ts = String(Date.now());
		const body = JSON.stringify({ website_id: fake.websiteId, event: 'session:set_state', data: { website_id: fake.websiteId, session_id: 'session_5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e', state: 'resolved' }, timestamp: Number(ts) });
		const headers = { 'Content-Type': 'application/json', 'X-Crisp-Request-Timestamp': ts, 'X-Crisp-Signature': signCrispHook(secret(), ts, body), 'X-Delivery-Attempt-Count': '1' };
		const forged = await httpSend(endpoint.url, { method: 'POST', headers, body: body.replace('resolved', 'pending') });
		expect(forged.status).toBe(401);
		const genuine = await httpSend(endpoint.url, { method: 'POST', headers, body });
		expect(genuine.status).toBe(200);
		expect(endpoint.runs).toEqual([[JSON.parse(body)]]);
	});

	it('a delivery is remembered for the whole replay window (an hour and 5 minutes), per workflow node', async () => {
		let now = Date.now();
		setDeliveryClock(() => now);
		const endpoint = await pluginHook();
		const other = await serve({ node: { id: 'node-2' } });
		fake.hooks.addPluginHook({ url: other.url });
		fake.addConversation();
		const [a, b] = await fake.hooks.deliverPending();
		expect([a.status, b.status]).toEqual([200, 200]);
		expect([endpoint.runs.length, other.runs.length]).toEqual([1, 1]);
		now += HOUR + 5 * 60_000 - 1;
		expect((await repost(a)).status).toBe(200);
		expect(endpoint.runs).toHaveLength(1);
		// Past the window the signature check would refuse a copy with its stamp anyway; a
		// re-stamped copy is a new delivery then.
		now += 2;
		fake.clock.now = () => Date.now();
		const late = await fake.hooks.redeliver(a, { restamp: true });
		expect(late.status).toBe(200);
		expect(endpoint.runs).toHaveLength(2);
	});
});

describe('Crisp Trigger: website hooks (URL key)', () => {
	const website = { parameters: { hookType: 'website' } };

	it('a delivery with the right ?key= starts one run; a wrong or missing key → 401, nothing emitted', async () => {
		const endpoint = await serve(website);
		await fake.hooks.deliverPending();
		fake.hooks.addWebsiteHook({ url: endpoint.url, websiteId: fake.websiteId, key: KEY });
		fake.hooks.addWebsiteHook({ url: endpoint.url, websiteId: fake.websiteId, key: 'guessed-key' });
		fake.hooks.addWebsiteHook({ url: endpoint.url, websiteId: fake.websiteId });
		const conversation = fake.addConversation();
		const deliveries = await fake.hooks.deliverPending();
		expect(deliveries.map((d) => [d.kind, d.url.replace(endpoint.url, ''), d.status, d.signature])).toEqual([
			['website', `?key=${KEY}`, 200, undefined],
			['website', '?key=guessed-key', 401, undefined],
			['website', '', 401, undefined],
		]);
		expect(JSON.parse(deliveries[1].responseText!)).toEqual({ error: 'Unauthorized', reason: 'The key in the URL is missing or wrong' });
		expect(endpoint.runs).toEqual([[{ website_id: fake.websiteId, event: 'session:request:initiated', data: { website_id: fake.websiteId, session_id: conversation.session_id, inbox_id: null }, timestamp: expect.any(Number) }]]);
	});

	it('no key in the credential → 401 with advice (even for an empty ?key=); activation fails', async () => {
		const endpoint = await serve({ ...website, credential: { signatureSecret: secret() } });
		const answer = await httpSend(`${endpoint.url}?key=`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"event":"session:removed"}' });
		expect([answer.status, answer.body]).toEqual([401, { error: 'Unauthorized', reason: NO_WEBSITE_KEY }]);
		const hook = createHookContext({ parameters: { hookType: 'website', events: ['*'] }, nodeType: trigger, credentials: { leadchatCrispWebhookApi: { signatureSecret: secret() } }, credentialTypes: [new CrispWebhookApi()] });
		await expect(trigger.webhookMethods.default.create.call(hook as never)).rejects.toThrow(NO_WEBSITE_KEY);
		expect(endpoint.runs).toEqual([]);
	});

	it('a re-delivery of a website hook (attempt 2) starts no second run', async () => {
		const endpoint = await serve(website);
		await fake.hooks.deliverPending();
		fake.hooks.addWebsiteHook({ url: endpoint.url, websiteId: fake.websiteId, key: KEY });
		fake.addConversation();
		const first = only(await fake.hooks.deliverPending());
		const retry = await fake.hooks.redeliver(first);
		expect([retry.headers['X-Delivery-Attempt-Count'], retry.status]).toEqual(['2', 200]);
		expect(endpoint.runs).toHaveLength(1);
	});
});

describe('Crisp Trigger: filters', () => {
	it('events not chosen are answered 200 and start nothing', async () => {
		const endpoint = await pluginHook({ parameters: { events: ['session:set_state'] } });
		const conversation = fake.addConversation();
		fake.addOperatorMessage(conversation.session_id, 'Hi!');
		const deliveries = await fake.hooks.deliverPending();
		expect(deliveries.map((d) => [d.event, d.status])).toEqual([
			['session:request:initiated', 200],
			['session:set_state', 200],
			['message:received', 200],
		]);
		expect(endpoint.runs.map((r) => [r[0].event, (r[0].data as IDataObject).state])).toEqual([['session:set_state', 'unresolved']]);
	});

	it('the website filter keeps one website of a plugin hook that hears several', async () => {
		const endpoint = await pluginHook({ parameters: { websiteIds: ` ${fake.seeded!.otherWebsiteId} ` } });
		fake.addConversation();
		const other = fake.addConversation({}, fake.seeded!.otherWebsiteId);
		const deliveries = await fake.hooks.deliverPending();
		expect(deliveries.map((d) => [d.websiteId, d.status])).toEqual([
			[fake.websiteId, 200],
			[fake.seeded!.otherWebsiteId, 200],
		]);
		expect(endpoint.runs.map((r) => (r[0].data as IDataObject).session_id)).toEqual([other.session_id]);
	});

	it('the sender filter: visitor keeps message:send and typing, drops operator messages; other events pass', async () => {
		const endpoint = await pluginHook({ parameters: { sender: 'visitor' } });
		const conversation = fake.addConversation();
		fake.addVisitorMessage(conversation.session_id, 'from the visitor');
		fake.addOperatorMessage(conversation.session_id, 'from an operator');
		fake.addOperatorMessage(conversation.session_id, { type: 'note', content: 'a private note' });
		fake.store.compose(fake.websiteId, conversation.session_id, 'start', 'user', 'typing…');
		fake.store.compose(fake.websiteId, conversation.session_id, 'start', 'operator', 'typing…');
		const deliveries = await fake.hooks.deliverPending();
		expect(deliveries.map((d) => d.event)).toEqual([
			'session:request:initiated',
			'message:send',
			'session:set_state',
			'message:received',
			'message:received',
			'message:compose:send',
			'message:compose:receive',
		]);
		expect(endpoint.runs.map((r) => r[0].event)).toEqual(['session:request:initiated', 'message:send', 'session:set_state', 'message:compose:send']);
	});

	it('the sender filter: operator keeps operator messages and notes', async () => {
		const endpoint = await pluginHook({ parameters: { sender: 'operator', events: ['message:send', 'message:received'] } });
		const conversation = fake.addConversation();
		fake.addVisitorMessage(conversation.session_id, 'from the visitor');
		fake.addOperatorMessage(conversation.session_id, 'from an operator');
		fake.addOperatorMessage(conversation.session_id, { type: 'note', content: 'a private note' });
		await fake.hooks.deliverPending();
		expect(endpoint.runs.map((r) => (r[0].data as IDataObject).content)).toEqual(['from an operator', 'a private note']);
	});

	it("the Events list is exactly the official client's event list (crisp-api@11.3.0 DEFAULT_RTM_EVENTS), each named once", () => {
		// The TypeScript sources ship in the package (the test kit's dev dependency): lib/crisp.ts next to dist/.
		const client = path.join(path.dirname(require.resolve('crisp-api', { paths: [path.dirname(require.resolve('@leadchat/testkit'))] })), '..', 'lib', 'crisp.ts');
		const source = fs.readFileSync(client, 'utf8');
		const list = /const DEFAULT_RTM_EVENTS = \[([\s\S]*?)\];/.exec(source)![1];
		const official = [...list.matchAll(/"([a-z_:]+)"/g)].map((m) => m[1]);
		expect(official).toHaveLength(81);
		expect([...CRISP_EVENT_NAMES].sort()).toEqual([...official].sort());
		const options = trigger.description.properties.find((p) => p.name === 'events')!.options as Array<{ name: string }>;
		expect(new Set(options.map((o) => o.name)).size).toBe(options.length);
	});
});
