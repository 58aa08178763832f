/**
 * Chatwoot Trigger, deliveries: the fake posts events exactly like Chatwoot (signed or not) to the
 * test kit's n8n-like webhook endpoint (`serveWebhook`), which runs the node's webhook() the way
 * n8n does with responseMode "onReceived". Checks: signature verification (tampered body, wrong
 * secret, stale or future timestamp, missing headers → 401 and nothing emitted), the unsigned and
 * provided-secret modes, the event and inbox filters, and at most one run per delivery (exact
 * replays, concurrent copies, a changed or missing X-Chatwoot-Delivery header, the cache's TTL).
 */
import { createHmac } from 'node:crypto';
import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';
import { clearDeliveries, setDeliveryClock } from '@leadchat/core';
import { createHookContext, httpSend, useWebhookEndpoints, type ServedWebhook } from '@leadchat/testkit';
import { ChatwootWebhookSecretApi } from '../credentials/ChatwootWebhookSecretApi.credentials';
import { ChatwootTrigger, NO_PROVIDED_SECRET, inboxIdOf } from '../nodes/ChatwootTrigger/ChatwootTrigger.node';
import { credentialTypes, credentialsFor, useChatwoot, type ChatwootFake } from './harness';

type WebhookEvent = Parameters<ChatwootFake['sendEvent']>[1];

const h = useChatwoot();
/** The file's seeded fake Chatwoot (it posts the deliveries and serves the trigger's registration). */
let fake: ChatwootFake;
const trigger = new ChatwootTrigger();
const ALL_EVENTS = (trigger.description.properties.find((p) => p.name === 'events')!.options as Array<{ value: string }>).map((o) => o.value);
const serve = useWebhookEndpoints(trigger);

interface ListenOptions {
	/** The secret of a selected Chatwoot Webhook Secret credential (none selected when undefined). */
	webhookSecretCredential?: string;
	/** The node's id (the delivery cache is per workflow node). */
	nodeId?: string;
}

/** The trigger with these parameters behind the test kit's n8n-like webhook endpoint (responseMode "onReceived"). */
function listen(parameters: IDataObject, staticData: IDataObject = {}, opts: ListenOptions = {}): Promise<ServedWebhook> {
	const credentials: Record<string, ICredentialDataDecryptedObject> = { ...credentialsFor(fake) };
	if (opts.webhookSecretCredential !== undefined) credentials.leadchatChatwootWebhookSecretApi = { secret: opts.webhookSecretCredential };
	return serve({
		parameters,
		staticData,
		credentials,
		credentialTypes: [...credentialTypes(), new ChatwootWebhookSecretApi()],
		node: opts.nodeId ? { id: opts.nodeId } : undefined,
	});
}

beforeEach(() => {
	fake = h.fake;
	clearDeliveries();
});
afterEach(() => setDeliveryClock());

const SECRET = 'whsec-test-0123456789abcdef';
const now = () => Math.floor(Date.now() / 1000);
/** `sha256=<hex HMAC(SECRET, "<timestamp>.<body>")>`, Chatwoot's signature. */
const signed = (timestamp: string, body: string) => `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex')}`;
const sent = (r: { sentBody: string }) => JSON.parse(r.sentBody) as IDataObject;
/** Posts exactly what was sent before (a captured delivery), optionally with other headers. */
const replay = (url: string, r: { sentBody: string; sentHeaders: Record<string, string> }, headers: Record<string, string | undefined> = r.sentHeaders) =>
	httpSend(url, { method: 'POST', body: r.sentBody, headers: Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined)) });

describe('signature verification with the webhook secret (default mode)', () => {
	it('a signed delivery starts one run whose item is the payload exactly', async () => {
		const l = await listen({ events: ALL_EVENTS }, { webhookId: '1', webhookSecret: SECRET });
		const r = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET });
		expect(r.status).toBe(200);
		expect(r.body).toEqual({ message: 'Workflow was started' });
		expect(r.sentHeaders['X-Chatwoot-Signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
		expect(l.runs).toEqual([[sent(r)]]);
		expect(l.runs[0][0].event).toBe('message_created');
	});

	it('uses the secret create() stored: end to end from registration to delivery', async () => {
		const staticData: IDataObject = {};
		const l = await listen({ events: ['conversation_created'] }, staticData);
		const hookCtx = createHookContext({
			parameters: { events: ['conversation_created'] },
			staticData,
			webhookUrl: l.url,
			nodeType: trigger,
			credentials: credentialsFor(fake) as never,
			credentialTypes: credentialTypes(),
		});
		await trigger.webhookMethods.default.create.call(hookCtx);
		const remote = fake.state.webhooks.find((w) => w.url === l.url)!;
		expect(staticData.webhookSecret).toBe(remote.secret);
		const r = await fake.sendEvent(l.url, 'conversation_created', {}, { secret: remote.secret });
		expect(r.status).toBe(200);
		expect(l.runs).toEqual([[sent(r)]]);
		fake.server.assertNoViolations();
	});

	it.each([
		['a tampered body', { secret: SECRET, tamper: true }, 'The signature does not match the body'],
		['a wrong secret', { secret: 'some-other-secret' }, 'The signature does not match the body'],
		['a stale timestamp (5 min 30 s old)', { secret: SECRET, timestamp: now() - 330 }, 'more than 5 minutes old'],
		['a future timestamp (60 s ahead)', { secret: SECRET, timestamp: now() + 60 }, 'more than 5 minutes old (or in the future)'],
		['no signature headers (unsigned delivery)', { signed: false }, 'The X-Chatwoot-Signature header is missing'],
	])('%s → 401, nothing emitted', async (_label, options, reason) => {
		const l = await listen({ events: ALL_EVENTS }, { webhookSecret: SECRET });
		const r = await fake.sendEvent(l.url, 'message_created', {}, options);
		expect(r.status).toBe(401);
		expect(r.body).toMatchObject({ error: 'Unauthorized' });
		expect(String((r.body as IDataObject).reason)).toContain(reason);
		expect(l.runs).toEqual([]);
	});

	it('a signature without its timestamp header → 401; a non-numeric timestamp → 401', async () => {
		const l = await listen({ events: ALL_EVENTS }, { webhookSecret: SECRET });
		const signed = await fake.sendEvent(l.url, 'contact_created', {}, { secret: SECRET });
		expect(signed.status).toBe(200);
		const noTimestamp = await httpSend(l.url, {
			method: 'POST',
			body: signed.sentBody,
			headers: { 'Content-Type': 'application/json', 'X-Chatwoot-Signature': signed.signature!, 'X-Chatwoot-Delivery': 'd-no-ts' },
		});
		expect(noTimestamp.status).toBe(401);
		expect((noTimestamp.body as IDataObject).reason).toBe('The X-Chatwoot-Timestamp header is missing');
		const badTimestamp = await httpSend(l.url, {
			method: 'POST',
			body: signed.sentBody,
			headers: { 'Content-Type': 'application/json', 'X-Chatwoot-Signature': signed.signature!, 'X-Chatwoot-Timestamp': 'yesterday' },
		});
		expect(badTimestamp.status).toBe(401);
		expect(l.runs).toHaveLength(1);
	});

	it('timestamps inside the window are accepted (299 s old, 29 s ahead)', async () => {
		const l = await listen({ events: ALL_EVENTS }, { webhookSecret: SECRET });
		expect((await fake.sendEvent(l.url, 'contact_created', {}, { secret: SECRET, timestamp: now() - 270 })).status).toBe(200);
		expect((await fake.sendEvent(l.url, 'contact_created', {}, { secret: SECRET, timestamp: now() + 15 })).status).toBe(200);
		expect(l.runs).toHaveLength(2);
	});

	it('no stored secret (Chatwoot returned none) → 401 with advice, nothing emitted', async () => {
		const l = await listen({ events: ALL_EVENTS }, {});
		const r = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET });
		expect(r.status).toBe(401);
		expect(String((r.body as IDataObject).reason)).toContain('No webhook secret is known');
		expect(l.runs).toEqual([]);
	});

	it('a rejected forgery does not use up its delivery id', async () => {
		const l = await listen({ events: ALL_EVENTS }, { webhookSecret: SECRET });
		expect((await fake.sendEvent(l.url, 'message_created', {}, { signed: false, deliveryId: 'same-id' })).status).toBe(401);
		expect((await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET, deliveryId: 'same-id' })).status).toBe(200);
		expect(l.runs).toHaveLength(1);
	});
});

describe('other verification modes', () => {
	it('"Do not verify" accepts unsigned deliveries (older Chatwoot) and signed ones alike', async () => {
		const l = await listen({ events: ALL_EVENTS, signatureVerification: 'none' }, {});
		const unsigned = await fake.sendEvent(l.url, 'contact_updated', {}, { signed: false });
		const signed = await fake.sendEvent(l.url, 'contact_created', {}, { secret: 'whatever-secret' });
		expect([unsigned.status, signed.status]).toEqual([200, 200]);
		expect(unsigned.sentHeaders['X-Chatwoot-Signature']).toBeUndefined();
		expect(l.runs).toEqual([[sent(unsigned)], [sent(signed)]]);
	});

	it('"Verify with a secret I provide" checks against the credential\'s secret (e.g. the API inbox secret), not the stored one', async () => {
		const apiInbox = fake.state.inboxes.find((i) => i.id === fake.seeded!.inboxes.api)!;
		expect(apiInbox.secret).toBeTruthy();
		const l = await listen({ events: ALL_EVENTS, signatureVerification: 'providedSecret' }, { webhookSecret: SECRET }, { webhookSecretCredential: apiInbox.secret! });
		const good = await fake.sendEvent(l.url, 'message_created', {}, { secret: apiInbox.secret! });
		const stored = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET });
		const wrong = await fake.sendEvent(l.url, 'message_created', {}, { secret: `${apiInbox.secret!}x` });
		expect([good.status, stored.status, wrong.status]).toEqual([200, 401, 401]);
		expect((wrong.body as IDataObject).reason).toBe('The signature does not match the body');
		expect(l.runs).toEqual([[sent(good)]]);
	});

	it('"Verify with a secret I provide" without a credential refuses everything, saying how to set it up', async () => {
		const l = await listen({ events: ALL_EVENTS, signatureVerification: 'providedSecret' }, {});
		const r = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET });
		expect(r.status).toBe(401);
		expect(r.body).toEqual({ error: 'Unauthorized', reason: NO_PROVIDED_SECRET });
		expect(l.runs).toEqual([]);
	});

	it('"Verify with a secret I provide" with an empty secret in the credential refuses everything', async () => {
		const l = await listen({ events: ALL_EVENTS, signatureVerification: 'providedSecret' }, {}, { webhookSecretCredential: '' });
		expect((await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET })).status).toBe(401);
		expect(l.runs).toEqual([]);
	});

	it('a workflow that still holds the old "Secret" field: the field is not used; 401 says how to move it into a credential', async () => {
		// n8n drops parameters a node no longer declares when it loads the workflow (so does the test kit).
		const l = await listen({ events: ALL_EVENTS, signatureVerification: 'providedSecret', secret: SECRET }, {});
		const r = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET });
		expect(r.status).toBe(401);
		expect(String((r.body as IDataObject).reason)).toContain('put it into the credential, select the credential, then save the workflow again');
		expect(l.runs).toEqual([]);
		expect(trigger.description.properties.map((p) => p.name)).not.toContain('secret');
	});
});

describe('filters', () => {
	it('events not chosen are answered 200 and start nothing', async () => {
		const l = await listen({ events: ['message_created'] }, { webhookSecret: SECRET });
		const other = await fake.sendEvent(l.url, 'contact_created', {}, { secret: SECRET });
		expect(other.status).toBe(200);
		expect(other.body).toEqual({ message: 'Webhook call received' });
		const chosen = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET });
		expect(l.runs).toEqual([[sent(chosen)]]);
	});

	it('the inbox filter drops events of other inboxes and lets inbox-less contact events through', async () => {
		const { website, api } = fake.seeded!.inboxes;
		const l = await listen({ events: ALL_EVENTS, inboxId: String(website) }, { webhookSecret: SECRET });
		const messageIn = (inboxId: number) => fake.state.messages.find((m) => m.account_id === fake.accountId && m.inbox_id === inboxId && m.message_type !== 2)!;
		const conversationIn = (inboxId: number) => fake.state.conversations.find((c) => c.account_id === fake.accountId && c.inbox_id === inboxId)!;

		const mine = await fake.sendEvent(l.url, 'message_created', { messageId: messageIn(website).id }, { secret: SECRET });
		await fake.sendEvent(l.url, 'message_created', { messageId: messageIn(api).id }, { secret: SECRET });
		const conv = await fake.sendEvent(l.url, 'conversation_status_changed', { conversationId: conversationIn(website).id }, { secret: SECRET });
		await fake.sendEvent(l.url, 'conversation_created', { conversationId: conversationIn(api).id }, { secret: SECRET });
		const typing = await fake.sendEvent(l.url, 'conversation_typing_on', { conversationId: conversationIn(website).id }, { secret: SECRET });
		await fake.sendEvent(l.url, 'conversation_typing_off', { conversationId: conversationIn(api).id }, { secret: SECRET });
		const contact = await fake.sendEvent(l.url, 'contact_created', {}, { secret: SECRET });
		const inbox = await fake.sendEvent(l.url, 'inbox_updated', { inboxId: website }, { secret: SECRET });
		await fake.sendEvent(l.url, 'inbox_updated', { inboxId: api }, { secret: SECRET });
		const widget = await fake.sendEvent(l.url, 'webwidget_triggered', { inboxId: website }, { secret: SECRET });

		expect(l.runs).toEqual([mine, conv, typing, contact, inbox, widget].map((r) => [sent(r)]));
	});

	it('the Inbox locator (From List or By ID) filters as the plain id of earlier workflows does; an empty locator lets every inbox through', async () => {
		const { website, api } = fake.seeded!.inboxes;
		const messageIn = (inboxId: number) => fake.state.messages.find((m) => m.account_id === fake.accountId && m.inbox_id === inboxId && m.message_type !== 2)!;
		for (const inboxId of [{ __rl: true, mode: 'list', value: String(website), cachedResultName: 'Website' }, { __rl: true, mode: 'id', value: ` ${website} ` }]) {
			clearDeliveries(); // the same deliveries again: not replays for this test
			const l = await listen({ events: ALL_EVENTS, inboxId }, { webhookSecret: SECRET });
			const mine = await fake.sendEvent(l.url, 'message_created', { messageId: messageIn(website).id }, { secret: SECRET });
			await fake.sendEvent(l.url, 'message_created', { messageId: messageIn(api).id }, { secret: SECRET });
			expect(l.runs).toEqual([[sent(mine)]]);
		}
		clearDeliveries();
		const all = await listen({ events: ALL_EVENTS, inboxId: { __rl: true, mode: 'list', value: '' } }, { webhookSecret: SECRET });
		const a = await fake.sendEvent(all.url, 'message_created', { messageId: messageIn(website).id }, { secret: SECRET });
		const b = await fake.sendEvent(all.url, 'message_created', { messageId: messageIn(api).id }, { secret: SECRET });
		expect(all.runs).toEqual([[sent(a)], [sent(b)]]);
	});

	it('"Include Delivery Info" adds a webhook key with the delivery id and timestamp', async () => {
		const l = await listen({ events: ALL_EVENTS, options: { includeDeliveryInfo: true } }, { webhookSecret: SECRET });
		const r = await fake.sendEvent(l.url, 'contact_created', {}, { secret: SECRET, deliveryId: 'd-77' });
		expect(l.runs).toEqual([[{ ...sent(r), webhook: { delivery_id: 'd-77', timestamp: String(r.timestamp), signature_verified: true } }]]);
	});
});

describe('at most one run per delivery', () => {
	it('an exact replay of a signed delivery is answered 200 and starts no second run', async () => {
		const l = await listen({ events: ALL_EVENTS }, { webhookSecret: SECRET });
		const first = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET });
		const again = await replay(l.url, first);
		expect([first.status, again.status]).toEqual([200, 200]);
		expect(again.body).toEqual({ message: 'Webhook call received' });
		expect(l.runs).toEqual([[sent(first)]]);
	});

	it('5 concurrent copies of a delivery start one run', async () => {
		const l = await listen({ events: ALL_EVENTS }, { webhookSecret: SECRET });
		const original = await fake.sendWebhook(l.url, 'contact_created', fake.webhookPayload('contact_created'), { secret: SECRET });
		const copies = await Promise.all(Array.from({ length: 5 }, () => replay(l.url, original)));
		expect(copies.map((c) => c.status)).toEqual([200, 200, 200, 200, 200]);
		expect(l.runs).toEqual([[sent(original)]]);

		// And 5 concurrent copies of a delivery not seen before: one run among them.
		const fresh = { sentBody: JSON.stringify({ ...sent(original), id: 999 }), sentHeaders: {} as Record<string, string> };
		const timestamp = String(now());
		fresh.sentHeaders = {
			'Content-Type': 'application/json',
			'X-Chatwoot-Timestamp': timestamp,
			'X-Chatwoot-Signature': signed(timestamp, fresh.sentBody),
		};
		const burst = await Promise.all(Array.from({ length: 5 }, () => replay(l.url, fresh)));
		expect(burst.map((c) => c.status)).toEqual([200, 200, 200, 200, 200]);
		expect(burst.filter((c) => (c.body as IDataObject).message === 'Workflow was started')).toHaveLength(1);
		expect(l.runs).toEqual([[sent(original)], [sent(fresh)]]);
	});

	it('the same signed delivery with X-Chatwoot-Delivery changed or removed is still one run (the header is not signed)', async () => {
		const l = await listen({ events: ALL_EVENTS }, { webhookSecret: SECRET });
		const first = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET, deliveryId: 'delivery-1' });
		const changed = await replay(l.url, first, { ...first.sentHeaders, 'X-Chatwoot-Delivery': 'delivery-2' });
		const removed = await replay(l.url, first, { ...first.sentHeaders, 'X-Chatwoot-Delivery': undefined });
		expect([first.status, changed.status, removed.status]).toEqual([200, 200, 200]);
		expect(l.runs).toEqual([[sent(first)]]);
	});

	it('the same X-Chatwoot-Delivery with a newly signed timestamp is a new delivery', async () => {
		const l = await listen({ events: ALL_EVENTS }, { webhookSecret: SECRET });
		const first = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET, deliveryId: 'delivery-1', timestamp: now() - 20 });
		const resent = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET, deliveryId: 'delivery-1', timestamp: now() - 10 });
		expect([first.status, resent.status]).toEqual([200, 200]);
		expect(l.runs).toEqual([[sent(first)], [sent(resent)]]);
	});

	it('a forged copy sent first (same timestamp and signature, another body) gets 401 and does not block the genuine delivery', async () => {
		const l = await listen({ events: ALL_EVENTS }, { webhookSecret: SECRET });
		const payload = fake.webhookPayload('contact_created');
		const timestamp = now();
		const genuineBody = JSON.stringify({ ...payload, event: 'contact_created' });
		const headers = { 'Content-Type': 'application/json', 'X-Chatwoot-Timestamp': String(timestamp), 'X-Chatwoot-Signature': signed(String(timestamp), genuineBody) };
		const forged = await replay(l.url, { sentBody: JSON.stringify({ ...payload, event: 'contact_created', name: 'Mallory' }), sentHeaders: headers });
		expect(forged.status).toBe(401);
		const genuine = await replay(l.url, { sentBody: genuineBody, sentHeaders: headers });
		expect(genuine.status).toBe(200);
		expect(l.runs).toEqual([[JSON.parse(genuineBody)]]);
	});

	it('nothing about deliveries is written to static data (real n8n does not save it from webhook())', async () => {
		const staticData: IDataObject = { webhookId: '1', webhookSecret: SECRET };
		const l = await listen({ events: ALL_EVENTS }, staticData);
		const first = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET });
		await replay(l.url, first);
		expect(l.runs).toHaveLength(1);
		expect(staticData).toEqual({ webhookId: '1', webhookSecret: SECRET });
	});

	it('the cache is per workflow node: the same delivery reaching another trigger node runs there too', async () => {
		const a = await listen({ events: ALL_EVENTS }, { webhookSecret: SECRET }, { nodeId: 'trigger-a' });
		const b = await listen({ events: ALL_EVENTS }, { webhookSecret: SECRET }, { nodeId: 'trigger-b' });
		const first = await fake.sendEvent(a.url, 'contact_created', {}, { secret: SECRET });
		await replay(b.url, first);
		await replay(a.url, first);
		await replay(b.url, first);
		expect([a.runs, b.runs]).toEqual([[[sent(first)]], [[sent(first)]]]);
	});

	it('"Do Not Verify": an identical body is one run while remembered (330 s), then runs again', async () => {
		let clock = Date.now();
		setDeliveryClock(() => clock);
		const l = await listen({ events: ALL_EVENTS, signatureVerification: 'none' }, {});
		const first = await fake.sendEvent(l.url, 'contact_updated', {}, { signed: false, deliveryId: 'a' });
		const sameBody = await replay(l.url, first, { ...first.sentHeaders, 'X-Chatwoot-Delivery': 'b' });
		clock += 329_999;
		const stillSame = await replay(l.url, first);
		expect(l.runs).toHaveLength(1);
		clock += 1;
		const afterTtl = await replay(l.url, first);
		expect([first.status, sameBody.status, stillSame.status, afterTtl.status]).toEqual([200, 200, 200, 200]);
		expect(l.runs).toEqual([[sent(first)], [sent(first)]]);
	});

	it('signed deliveries are remembered for the whole signature window (300 s + 30 s)', async () => {
		let clock = Date.now();
		setDeliveryClock(() => clock);
		const l = await listen({ events: ALL_EVENTS }, { webhookSecret: SECRET });
		const first = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET });
		clock += 329_999;
		await replay(l.url, first);
		expect(l.runs).toHaveLength(1);
		// Past the TTL the cache has forgotten it (the signature check itself refuses it by then:
		// the test's cache clock runs ahead of the real one, so only the cache is exercised here).
		clock += 1;
		await replay(l.url, first);
		expect(l.runs).toHaveLength(2);
	});

});

describe('inboxIdOf: the inbox of each payload shape (§9.4)', () => {
	it.each(ALL_EVENTS)('%s', (event) => {
		const { website } = fake.seeded!.inboxes;
		const conversation = fake.state.conversations.find((c) => c.account_id === fake.accountId && c.inbox_id === website)!;
		const message = fake.state.messages.find((m) => m.conversation_id === conversation.id && m.message_type !== 2)!;
		const payload = { ...fake.webhookPayload(event as WebhookEvent, { conversationId: conversation.id, messageId: message.id, inboxId: website }), event };
		expect(inboxIdOf(payload as IDataObject)).toBe(event.startsWith('contact_') ? undefined : String(website));
	});
});
