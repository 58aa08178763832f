/**
 * Webhooks (§9), rate limiting (§8), the public client API, the platform API and fault injection.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { WEBHOOK_EVENTS, chatwootClient, createChatwootFake, verifyWebhookSignature, type ChatwootFake } from '../../src/fakes/chatwoot';

interface Received {
	path: string;
	headers: http.IncomingHttpHeaders;
	raw: string;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	body: any;
}

/** A local webhook receiver that keeps the raw body (signatures are computed over it). */
async function startReceiver() {
	const received: Received[] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const raw = Buffer.concat(chunks).toString('utf8');
			received.push({ path: req.url ?? '', headers: req.headers, raw, body: JSON.parse(raw) });
			res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const hmac = (secret: string, timestamp: string, raw: string) => `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${raw}`).digest('hex')}`;

describe('Chatwoot fake: sending webhooks (§9.2–9.4)', () => {
	let fake: ChatwootFake;
	let receiver: Awaited<ReturnType<typeof startReceiver>>;
	beforeAll(async () => {
		fake = createChatwootFake();
		await fake.start();
		receiver = await startReceiver();
	});
	afterAll(async () => {
		await fake.stop();
		await receiver.close();
	});

	test('signed delivery: headers and an HMAC-SHA256 over "<timestamp>.<raw body>"', async () => {
		const result = await fake.sendEvent(`${receiver.url}/hook`, 'message_created', { conversationDisplayId: 2 }, { secret: 'whsec_test', timestamp: 1_782_864_000, deliveryId: 'delivery-1' });
		expect(result.status).toBe(200);
		const got = receiver.received.at(-1)!;
		expect(got.headers['content-type']).toBe('application/json');
		expect(got.headers.accept).toBe('application/json');
		expect(got.headers['x-chatwoot-delivery']).toBe('delivery-1');
		expect(got.headers['x-chatwoot-timestamp']).toBe('1782864000');
		expect(got.headers['x-chatwoot-signature']).toBe(hmac('whsec_test', '1782864000', got.raw));
		expect(verifyWebhookSignature('whsec_test', 1_782_864_000, got.raw, String(got.headers['x-chatwoot-signature']))).toBe(true);

		// Payload shape: event merged at the top level, string message_type, display ids, ISO created_at.
		expect(got.body.event).toBe('message_created');
		expect(got.body.account).toEqual({ id: 1, name: 'Acme' });
		expect(got.body.message_type).toMatch(/^(incoming|outgoing|template)$/);
		expect(got.body.conversation.id).toBe(2);
		expect(got.body.created_at).toMatch(/^\d{4}-\d\d-\d\dT/);
		expect(got.body.inbox).toEqual({ id: 2, name: 'API Inbox' });
	});

	test('unsigned mode (older Chatwoot): no timestamp/signature headers', async () => {
		await fake.sendWebhook(`${receiver.url}/legacy`, 'contact_created', fake.webhookPayload('contact_created', { contactId: 5 }));
		const got = receiver.received.at(-1)!;
		expect(got.headers['x-chatwoot-delivery']).toMatch(/^[0-9a-f-]{36}$/);
		expect(got.headers['x-chatwoot-signature']).toBeUndefined();
		expect(got.headers['x-chatwoot-timestamp']).toBeUndefined();
		expect(got.body).toMatchObject({ event: 'contact_created', id: 5, name: 'Emeka Okafor', account: { id: 1, name: 'Acme' } });
	});

	test('tampered delivery: the signature does not match the body that arrives', async () => {
		const result = await fake.sendWebhook(`${receiver.url}/hook`, 'contact_updated', { id: 1, name: 'x' }, { secret: 'whsec_test', tamper: true });
		const got = receiver.received.at(-1)!;
		expect(got.headers['x-chatwoot-signature']).toBe(result.signature);
		expect(got.headers['x-chatwoot-signature']).not.toBe(hmac('whsec_test', String(got.headers['x-chatwoot-timestamp']), got.raw));
		expect(result.signature).toBe(hmac('whsec_test', String(result.timestamp), result.signedBody));
	});

	test('payload builders cover all 12 events', () => {
		expect(WEBHOOK_EVENTS).toHaveLength(12);
		for (const event of WEBHOOK_EVENTS) {
			const payload = fake.webhookPayload(event, { conversationDisplayId: 1, contactId: 1 });
			expect(typeof payload).toBe('object');
		}
		expect(fake.webhookPayload('conversation_status_changed', { conversationDisplayId: 3 })).toMatchObject({ id: 3, status: 'resolved', changed_attributes: [], account: { id: 1 } });
		expect(fake.webhookPayload('contact_updated', { contactId: 1, changed_attributes: [{ name: { previous_value: 'A', current_value: 'Ana Silva' } }] }).changed_attributes).toHaveLength(1);
		expect(fake.webhookPayload('conversation_typing_on', { conversationDisplayId: 1 })).toMatchObject({ is_private: false, conversation: { id: 1 }, user: { type: 'contact' } });
		expect(fake.webhookPayload('webwidget_triggered', { contactId: 1 })).toMatchObject({ inbox: { id: 1, name: 'Website' }, event_info: expect.any(Object) });
		expect(fake.webhookPayload('inbox_created')).toMatchObject({ id: 1, channel_type: 'Channel::WebWidget', account: { id: 1, name: 'Acme' } });
		const conversation = fake.webhookPayload('conversation_created', { conversationDisplayId: 2 });
		expect(conversation).toMatchObject({ id: 2, inbox_id: 2, channel: 'Channel::Api', meta: { assignee_type: 'User' } });
		expect(Number.isInteger(conversation.updated_at)).toBe(false);
	});
});

describe('Chatwoot fake: delivering its own webhooks (deliverWebhooks)', () => {
	test('account webhooks get subscribed events, API inboxes get their conversation/message events', async () => {
		const fake = createChatwootFake({ deliverWebhooks: true });
		const api = chatwootClient(await fake.start(), fake.tokens.user);
		const receiver = await startReceiver();
		try {
			const registered = await api('/api/v1/accounts/1/webhooks', {
				method: 'POST',
				body: { webhook: { url: `${receiver.url}/account`, subscriptions: ['contact_created', 'conversation_created', 'message_created'] } },
			});
			const secret = registered.body.payload.webhook.secret;
			const inbox = await api('/api/v1/accounts/1/inboxes/2', { method: 'PATCH', body: { channel: { webhook_url: `${receiver.url}/inbox` } } });
			const inboxSecret = inbox.body.secret;

			const contact = await api('/api/v1/accounts/1/contacts', { method: 'POST', body: { name: 'Webhook Wendy', email: 'wendy@example.org', inbox_id: 2 } });
			const conversation = await api('/api/v1/accounts/1/conversations', { method: 'POST', body: { inbox_id: 2, contact_id: contact.body.payload.contact.id } });
			await api(`/api/v1/accounts/1/conversations/${conversation.body.id}/messages`, { method: 'POST', body: { content: 'Welcome!' } });
			await fake.flushWebhooks();

			const toAccount = receiver.received.filter((r) => r.path === '/account');
			expect(toAccount.map((r) => r.body.event)).toEqual(['contact_created', 'conversation_created', 'message_created']);
			for (const r of toAccount) {
				expect(r.headers['x-chatwoot-signature']).toBe(hmac(secret, String(r.headers['x-chatwoot-timestamp']), r.raw));
			}
			expect(toAccount[0].body).toMatchObject({ name: 'Webhook Wendy', email: 'wendy@example.org', account: { id: 1, name: 'Acme' } });
			expect(toAccount[1].body.id).toBe(conversation.body.id);
			expect(toAccount[2].body).toMatchObject({ content: 'Welcome!', message_type: 'outgoing', sender: { type: 'user', id: 1 } });

			const toInbox = receiver.received.filter((r) => r.path === '/inbox');
			expect(toInbox.map((r) => r.body.event)).toEqual(['conversation_created', 'message_created']);
			expect(toInbox[0].headers['x-chatwoot-signature']).toBe(hmac(inboxSecret, String(toInbox[0].headers['x-chatwoot-timestamp']), toInbox[0].raw));
			expect(fake.webhookDeliveries.every((d) => d.status === 200)).toBe(true);
			fake.assertNoViolations();
		} finally {
			await fake.stop();
			await receiver.close();
		}
	});
});

describe('Chatwoot fake: rate limiting (§8, inferred)', () => {
	test('over the limit → 429 "Retry later\\n" text/plain, no Retry-After', async () => {
		const fake = createChatwootFake({ rateLimit: { perMinute: 3 } });
		const api = chatwootClient(await fake.start(), fake.tokens.user);
		try {
			for (let i = 0; i < 3; i++) expect((await api('/api/v1/accounts/1/agents')).status).toBe(200);
			const limited = await api('/api/v1/accounts/1/agents');
			expect(limited.status).toBe(429);
			expect(limited.text).toBe('Retry later\n');
			expect(limited.headers.get('content-type')).toBe('text/plain');
			expect(limited.headers.get('retry-after')).toBeNull();
			const names: string[] = [];
			limited.headers.forEach((_value, name) => names.push(name));
			expect(names.some((h) => h.startsWith('x-ratelimit'))).toBe(false);
			// Buckets are per token.
			expect((await api('/api/v1/accounts/1/agents', { token: fake.tokens.agent })).status).toBe(200);
		} finally {
			await fake.stop();
		}
	});

	test('retryAfter: true adds the header (configurable variant)', async () => {
		const fake = createChatwootFake({ rateLimit: { perMinute: 1, retryAfter: true }, seed: true });
		const api = chatwootClient(await fake.start(), fake.tokens.user);
		try {
			await api('/api/v1/profile');
			const limited = await api('/api/v1/profile');
			expect(limited.status).toBe(429);
			expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
		} finally {
			await fake.stop();
		}
	});

	test('setRateLimit turns throttling on and off on a running fake', async () => {
		const fake = createChatwootFake();
		const api = chatwootClient(await fake.start(), fake.tokens.user);
		try {
			expect((await api('/api/v1/profile')).status).toBe(200);
			fake.setRateLimit({ perMinute: 1 });
			expect([(await api('/api/v1/profile')).status, (await api('/api/v1/profile')).status]).toEqual([200, 429]);
			fake.setRateLimit(undefined);
			expect((await api('/api/v1/profile')).status).toBe(200);
		} finally {
			await fake.stop();
		}
	});
});

describe('Chatwoot fake: client (public) API, platform API, fault injection', () => {
	let fake: ChatwootFake;
	let base: string;
	beforeAll(async () => {
		fake = createChatwootFake();
		base = await fake.start();
	});
	afterAll(() => fake.stop());
	afterEach(() => fake.assertNoViolations());

	test('a contact writes through the public API and an agent sees it', async () => {
		const pub = chatwootClient(`${base}/public/api/v1/inboxes/${fake.seeded!.apiInboxIdentifier}`);
		const contact = await pub('/contacts', { method: 'POST', body: { name: 'Widget Walter', email: 'walter@example.org', identifier: 'ext-walter' } });
		expect(contact.status).toBe(200);
		expect(contact.body).toMatchObject({ name: 'Widget Walter', email: 'walter@example.org' });
		const sourceId = contact.body.source_id;
		expect(typeof contact.body.pubsub_token).toBe('string');

		const conversation = await pub(`/contacts/${sourceId}/conversations`, { method: 'POST', body: { custom_attributes: { channel: 'web' } } });
		expect(conversation.body).toMatchObject({ id: 61, status: 'open', inbox_id: 2, messages: [] });
		const message = await pub(`/contacts/${sourceId}/conversations/61/messages`, { method: 'POST', body: { content: 'Hello from the widget', echo_id: 'e-1' } });
		expect(message.body).toMatchObject({ content: 'Hello from the widget', message_type: 0, conversation_id: 61 });
		expect((await pub(`/contacts/${sourceId}/conversations/61/toggle_typing?typing_status=on`, { method: 'POST', body: { typing_status: 'on' } })).status).toBe(200);
		expect((await pub(`/contacts/${sourceId}/conversations/61/update_last_seen`, { method: 'POST' })).status).toBe(200);
		expect((await pub(`/contacts/${sourceId}/conversations/61/messages`)).body).toHaveLength(1);

		const agent = chatwootClient(base, fake.tokens.user);
		const seen = await agent('/api/v1/accounts/1/conversations/61/messages');
		expect(seen.body.payload[0]).toMatchObject({ content: 'Hello from the widget', message_type: 0, sender: { type: 'contact', name: 'Widget Walter' } });

		const resolved = await pub(`/contacts/${sourceId}/conversations/61/toggle_status`, { method: 'POST' });
		expect(resolved.body.status).toBe('resolved');
		expect((await pub('/contacts/unknown-source/conversations')).status).toBe(404);
	});

	test('platform: create a user and an account, link them, the user token works', async () => {
		const platform = chatwootClient(base, fake.tokens.platform);
		const user = await platform('/platform/api/v1/users', { method: 'POST', body: { name: 'Pat Platform', email: 'pat@example.org', password: 'Secret123!' } });
		expect(user.status).toBe(200);
		const account = await platform('/platform/api/v1/accounts', { method: 'POST', body: { name: 'Initrode' } });
		expect(account.body).toMatchObject({ id: 3, name: 'Initrode' });
		const link = await platform(`/platform/api/v1/accounts/${account.body.id}/account_users`, { method: 'POST', body: { user_id: user.body.id, role: 'administrator' } });
		expect(link.body).toEqual({ account_id: 3, user_id: user.body.id, role: 'administrator' });
		const asPat = chatwootClient(base, user.body.access_token);
		expect((await asPat('/api/v1/accounts/3')).body).toMatchObject({ id: 3, name: 'Initrode' });
		const login = await platform(`/platform/api/v1/users/${user.body.id}/login`);
		expect(login.body.url).toMatch(new RegExp(`^${base}/app/login\\?email=pat%40example\\.org&sso_auth_token=`));
		const unlinked = await platform(`/platform/api/v1/accounts/3/account_users`, { method: 'DELETE', body: { user_id: user.body.id } });
		expect(unlinked.status).toBe(200);
		expect((await asPat('/api/v1/accounts/3')).status).toBe(401);
	});

	test('fault injection comes from the framework', async () => {
		const api = chatwootClient(base, fake.tokens.user);
		fake.server.inject({ status: 503, body: { error: 'maintenance' } }, { match: { path: '/api/v1/accounts/:account_id/contacts' } });
		expect((await api('/api/v1/accounts/1/contacts')).status).toBe(503);
		expect((await api('/api/v1/accounts/1/contacts')).status).toBe(200);
	});
});
