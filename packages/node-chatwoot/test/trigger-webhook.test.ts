/**
 * Chatwoot Trigger, deliveries: the fake posts events exactly like Chatwoot (signed or not) to a
 * small HTTP listener that runs the node's webhook() the way n8n does with responseMode
 * "onReceived". Checks: signature verification (tampered body, wrong secret, stale or future
 * timestamp, missing headers → 401 and nothing emitted), the unsigned and provided-secret modes,
 * the event and inbox filters, and repeated deliveries emitted once.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject } from 'n8n-workflow';
import { createHookContext, createWebhookContext, httpSend } from '@leadchat/testkit';
import { ChatwootTrigger, inboxIdOf } from '../nodes/ChatwootTrigger/ChatwootTrigger.node';
import { credentialTypes, credentialsFor, useFake, type ChatwootFake } from './harness';

type WebhookEvent = Parameters<ChatwootFake['sendEvent']>[1];

const { fake } = useFake();
const trigger = new ChatwootTrigger();
const ALL_EVENTS = (trigger.description.properties.find((p) => p.name === 'events')!.options as Array<{ value: string }>).map((o) => o.value);

interface Listener {
	url: string;
	/** The items of each workflow run started, in order. */
	runs: IDataObject[][];
	staticData: IDataObject;
	close(): Promise<void>;
}

const open: Listener[] = [];

/** An n8n-like webhook endpoint for the trigger with these parameters. */
async function listen(parameters: IDataObject, staticData: IDataObject = {}): Promise<Listener> {
	const runs: IDataObject[][] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			void (async () => {
				const rawBody = Buffer.concat(chunks);
				const headers: Record<string, string> = {};
				for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
				let body: unknown = {};
				try {
					body = JSON.parse(rawBody.toString('utf8'));
				} catch {
					body = {};
				}
				const ctx = createWebhookContext({
					parameters,
					staticData,
					nodeType: trigger,
					credentials: credentialsFor(fake) as never,
					credentialTypes: credentialTypes(),
					request: { headers, rawBody, body, method: req.method, path: req.url },
				});
				const result = await trigger.webhook.call(ctx);
				if (result.noWebhookResponse) {
					// n8n sends nothing itself then: the node must have answered.
					expect(ctx.response.ended).toBe(true);
					res.writeHead(ctx.response.status ?? 200, { 'content-type': 'application/json' });
					res.end(JSON.stringify(ctx.response.body));
					return;
				}
				if (result.workflowData) runs.push(result.workflowData[0].map((i) => i.json));
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ message: result.workflowData ? 'Workflow was started' : 'Webhook call received' }));
			})();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const listener: Listener = {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/abc/webhook`,
		runs,
		staticData,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
	open.push(listener);
	return listener;
}

afterEach(async () => {
	await Promise.all(open.splice(0).map((l) => l.close()));
});

const SECRET = 'whsec-test-0123456789abcdef';
const now = () => Math.floor(Date.now() / 1000);
const sent = (r: { sentBody: string }) => JSON.parse(r.sentBody) as IDataObject;

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
		const signed = await fake.sendEvent(l.url, 'contact_updated', {}, { secret: 'whatever-secret' });
		expect([unsigned.status, signed.status]).toEqual([200, 200]);
		expect(unsigned.sentHeaders['X-Chatwoot-Signature']).toBeUndefined();
		expect(l.runs).toEqual([[sent(unsigned)], [sent(signed)]]);
	});

	it('"Verify with a secret I provide" checks against that secret (e.g. the API inbox secret), not the stored one', async () => {
		const apiInbox = fake.state.inboxes.find((i) => i.id === fake.seeded!.inboxes.api)!;
		expect(apiInbox.secret).toBeTruthy();
		const l = await listen({ events: ALL_EVENTS, signatureVerification: 'providedSecret', secret: apiInbox.secret! }, { webhookSecret: SECRET });
		const good = await fake.sendEvent(l.url, 'message_created', {}, { secret: apiInbox.secret! });
		const stored = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET });
		expect([good.status, stored.status]).toEqual([200, 401]);
		expect(l.runs).toEqual([[sent(good)]]);
	});

	it('"Verify with a secret I provide" with an empty secret refuses everything', async () => {
		const l = await listen({ events: ALL_EVENTS, signatureVerification: 'providedSecret', secret: '' }, {});
		expect((await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET })).status).toBe(401);
		expect(l.runs).toEqual([]);
	});
});

describe('filters and repeats', () => {
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

	it('a repeated X-Chatwoot-Delivery is emitted once (answered 200 both times)', async () => {
		const l = await listen({ events: ALL_EVENTS }, { webhookSecret: SECRET });
		const first = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET, deliveryId: 'delivery-1' });
		const repeat = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET, deliveryId: 'delivery-1' });
		const next = await fake.sendEvent(l.url, 'message_created', {}, { secret: SECRET, deliveryId: 'delivery-2' });
		expect([first.status, repeat.status, next.status]).toEqual([200, 200, 200]);
		expect(l.runs).toEqual([[sent(first)], [sent(next)]]);
		expect(l.staticData.deliveries).toEqual(['delivery-1', 'delivery-2']);
	});

	it('"Include Delivery Info" adds a webhook key with the delivery id and timestamp', async () => {
		const l = await listen({ events: ALL_EVENTS, options: { includeDeliveryInfo: true } }, { webhookSecret: SECRET });
		const r = await fake.sendEvent(l.url, 'contact_created', {}, { secret: SECRET, deliveryId: 'd-77' });
		expect(l.runs).toEqual([[{ ...sent(r), webhook: { delivery_id: 'd-77', timestamp: String(r.timestamp), signature_verified: true } }]]);
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
