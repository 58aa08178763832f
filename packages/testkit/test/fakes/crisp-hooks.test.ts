/**
 * Hook deliveries of the fake Crisp [C-doc references/web-hooks/v1]: the events the store's changes
 * imply, compact JSON bodies, plugin hooks signed with hex HMAC-SHA256 of "[timestamp;body]"
 * (checked directly and with the official client's own verification), unsigned website hooks
 * with `?key=`, and re-deliveries with the attempt count + 1. The attempt limit, the timestamp's
 * unit and what a retry keeps are [I] (fixtures.ts): tests name them as such.
 */
import crypto from 'node:crypto';

import { Crisp } from 'crisp-api';

import { createCrispFake, HOOKS, startHookReceiver, verifyCrispHook, type CrispFake, type HookReceiver } from '../../src/fakes/crisp';

const hmac = (secret: string, timestamp: string, raw: string) => crypto.createHmac('sha256', secret).update(`[${timestamp};${raw}]`).digest('hex');

describe('fake Crisp: hook deliveries', () => {
	let fake: CrispFake;
	let receiver: HookReceiver;
	let now = 1_780_000_000_000;

	beforeEach(async () => {
		fake = createCrispFake({ now: () => now });
		await fake.start();
		receiver = await startHookReceiver();
	});
	afterEach(async () => {
		fake.assertNoViolations();
		await fake.stop();
		await receiver.close();
	});

	it('records the events the store’s changes imply and delivers them in order to a plugin hook', async () => {
		fake.hooks.addPluginHook({ url: `${receiver.url}/crisp` });
		const c = fake.addConversation({ meta: { nickname: 'Ann' } });
		now += 10;
		const visitor = fake.addVisitorMessage(c.session_id, 'Hello?');
		now += 10;
		const operator = fake.addOperatorMessage(c.session_id, 'Hi Ann!');
		await fake.call('PATCH', `/website/${fake.websiteId}/conversation/${c.session_id}/state`, { body: { state: 'resolved' } });
		const created = await fake.call('POST', `/website/${fake.websiteId}/people/profile`, { body: { email: 'ann@example.com', person: { nickname: 'Ann' } } });
		const peopleId = (created.body as { data: { people_id: string } }).data.people_id;
		await fake.call('PATCH', `/website/${fake.websiteId}/people/profile/${peopleId}`, { body: { person: { phone: '+331' } } });

		expect(fake.hooks.pending().map((e) => e.event)).toEqual(['session:request:initiated', 'message:send', 'session:set_state', 'message:received', 'session:set_state', 'people:profile:created', 'people:profile:updated']);
		const deliveries = await fake.hooks.deliverPending();
		expect(deliveries.map((d) => d.status)).toEqual([200, 200, 200, 200, 200, 200, 200]);
		expect(fake.hooks.pending()).toEqual([]);
		const bodies = receiver.received.map((r) => r.body as { website_id: string; event: string; data: Record<string, unknown>; timestamp: number });
		expect(bodies.map((b) => b.event)).toEqual(['session:request:initiated', 'message:send', 'session:set_state', 'message:received', 'session:set_state', 'people:profile:created', 'people:profile:updated']);
		const base = { website_id: fake.websiteId, session_id: c.session_id, inbox_id: null };
		expect(bodies[0]).toEqual({ website_id: fake.websiteId, event: 'session:request:initiated', data: base, timestamp: 1_780_000_000_000 });
		expect(bodies[1].data).toEqual({ ...base, type: 'text', from: 'user', origin: 'chat', content: 'Hello?', fingerprint: visitor.fingerprint, timestamp: visitor.timestamp, user: { type: 'participant', user_id: c.session_id, nickname: 'Ann' }, stamped: true });
		expect(bodies[2].data).toEqual({ ...base, state: 'unresolved' });
		expect(bodies[3].data).toMatchObject({ ...base, type: 'text', from: 'operator', content: 'Hi Ann!', fingerprint: operator.fingerprint, user: { user_id: fake.seeded!.operators.owner, nickname: 'Alice' } });
		expect(bodies[4].data).toEqual({ ...base, state: 'resolved' });
		expect(bodies[5].data).toEqual({ website_id: fake.websiteId, people_id: peopleId, email: 'ann@example.com' });
		expect(bodies[6].data).toEqual({ website_id: fake.websiteId, people_id: peopleId, email: 'ann@example.com', update: { updated_at: now, person: { nickname: 'Ann', phone: '+331' } } });
	});

	it('posts compact JSON {website_id, event, data, timestamp} with the documented headers, signed over "[timestamp;body]"', async () => {
		fake.hooks.addPluginHook({ url: `${receiver.url}/crisp` });
		const c = fake.addConversation();
		fake.addVisitorMessage(c.session_id, { type: 'file', content: { name: 'a b.pdf', url: 'https://x/a%20b.pdf', type: 'application/pdf' } });
		await fake.hooks.deliverPending();
		for (const got of receiver.received) {
			expect(got.method).toBe('POST');
			expect(got.url).toBe('/crisp');
			expect(got.raw).toBe(JSON.stringify(JSON.parse(got.raw)));
			expect(Object.keys(JSON.parse(got.raw))).toEqual(['website_id', 'event', 'data', 'timestamp']);
			expect(got.headers['content-type']).toBe('application/json');
			expect(got.headers['x-crisp-request-timestamp']).toBe(String((got.body as { timestamp: number }).timestamp));
			expect(got.headers['x-crisp-signature']).toBe(hmac(fake.seeded!.signatureSecret, String(got.headers['x-crisp-request-timestamp']), got.raw));
			expect(got.headers['x-crisp-signature']).toMatch(/^[0-9a-f]{64}$/);
			expect(got.headers['x-crisp-hook-origin']).toMatch(/^plugin\/rtm [0-9a-f]{16} production$/);
			expect(got.headers['x-delivery-attempt-count']).toBe('1');
			expect(got.headers['x-delivery-attempt-limit']).toBe(String(HOOKS.attemptLimit));
			expect(verifyCrispHook(fake.seeded!.signatureSecret, String(got.headers['x-crisp-request-timestamp']), got.raw, String(got.headers['x-crisp-signature']))).toBe(true);
			expect(verifyCrispHook('another-secret', String(got.headers['x-crisp-request-timestamp']), got.raw, String(got.headers['x-crisp-signature']))).toBe(false);
		}
		expect(receiver.received).toHaveLength(2);
	});

	it('the official client’s own verification (verifyHook in webhooks mode, verifyWidget) accepts the deliveries and refuses a tampered one [C-client]', async () => {
		fake.hooks.addPluginHook({ url: receiver.url, secret: 'plugin-signing-secret' });
		const c = fake.addConversation();
		fake.addVisitorMessage(c.session_id, 'Ünïcödé and "quotes" </script>');
		await fake.hooks.deliverPending();
		const client = new Crisp();
		client.setRtmMode('webhooks');
		await client.on('message:send', () => undefined);
		for (const got of receiver.received) {
			const timestamp = Number(got.headers['x-crisp-request-timestamp']);
			const signature = String(got.headers['x-crisp-signature']);
			expect(client.verifyHook('plugin-signing-secret', got.body as object, timestamp, signature)).toBe(true);
			expect(client.verifyWidget('plugin-signing-secret', got.body as object, timestamp, signature)).toBe(true);
			const tampered = { ...(got.body as object), website_id: fake.seeded!.otherWebsiteId };
			expect(client.verifyHook('plugin-signing-secret', tampered, timestamp, signature)).toBe(false);
			expect(client.verifyHook('plugin-signing-secret', got.body as object, timestamp + 1, signature)).toBe(false);
		}
		expect(receiver.received.map((r) => (r.body as { event: string }).event)).toEqual(['session:request:initiated', 'message:send']);
	});

	it('plugin hooks only carry events of websites that installed the plugin and of the chosen events', async () => {
		fake.hooks.addPluginHook({ url: `${receiver.url}/all` });
		fake.hooks.addPluginHook({ url: `${receiver.url}/messages`, events: ['message:send', 'message:received'] });
		const globex = fake.seeded!.otherWebsiteId;
		const a = fake.addConversation({}, globex);
		fake.addVisitorMessage(a.session_id, 'from globex');
		fake.store.pluginSubscriptions.delete(`${globex}:${fake.seeded!.pluginId}`);
		fake.addVisitorMessage(a.session_id, 'after uninstall');
		await fake.hooks.deliverPending();
		expect(receiver.received.map((r) => [r.url, (r.body as { event: string }).event])).toEqual([
			['/all', 'session:request:initiated'],
			['/all', 'message:send'],
			['/messages', 'message:send'],
		]);
	});

	it('website hooks are unsigned, carry ?key= and only their website’s events [C-doc]', async () => {
		fake.hooks.addWebsiteHook({ url: `${receiver.url}/hook?source=crisp`, websiteId: fake.websiteId, key: 's3cr3t/+' });
		fake.addConversation({}, fake.seeded!.otherWebsiteId);
		const c = fake.addConversation();
		await fake.hooks.deliverPending();
		expect(receiver.received).toHaveLength(1);
		const got = receiver.received[0];
		expect(got.url).toBe('/hook?source=crisp&key=s3cr3t%2F%2B');
		expect(got.headers['x-crisp-signature']).toBeUndefined();
		expect(got.headers['x-crisp-hook-origin']).toMatch(/^website\/rtm [0-9a-f]{16} production$/);
		expect(got.headers['x-crisp-request-timestamp']).toBe(String(now));
		expect(got.body).toEqual({ website_id: fake.websiteId, event: 'session:request:initiated', data: { website_id: fake.websiteId, session_id: c.session_id, inbox_id: null }, timestamp: now });
	});

	it('re-sends a delivery as Crisp’s retry: same body, timestamp and signature, attempt count + 1 [C-doc headers; I same timestamp]', async () => {
		fake.hooks.addPluginHook({ url: receiver.url });
		receiver.respondWith(500);
		const c = fake.addConversation();
		const [first] = await fake.hooks.deliverPending();
		expect(first).toMatchObject({ status: 500, attempt: 1, limit: 3, event: 'session:request:initiated' });
		receiver.respondWith(200);
		const retry = await fake.hooks.redeliver(first);
		expect(retry).toMatchObject({ status: 200, attempt: 2, retryOf: first.id, body: first.body, timestamp: first.timestamp, signature: first.signature });
		const [a, b] = receiver.received;
		expect(b.raw).toBe(a.raw);
		expect([a.headers['x-delivery-attempt-count'], b.headers['x-delivery-attempt-count']]).toEqual(['1', '2']);
		expect(b.headers['x-crisp-signature']).toBe(a.headers['x-crisp-signature']);
		now += 5000;
		const restamped = await fake.hooks.redeliver(retry, { restamp: true });
		const c3 = receiver.received[2];
		expect(restamped.attempt).toBe(3);
		expect(c3.headers['x-crisp-request-timestamp']).toBe(String(now));
		expect(c3.headers['x-crisp-signature']).toBe(hmac(fake.seeded!.signatureSecret, String(now), c3.raw));
		expect(c3.raw).toBe(a.raw);
		expect(JSON.parse(c3.raw).data.session_id).toBe(c.session_id);
	});

	it('autoDeliver sends each change as it happens (API writes too) and autoRetry retries non-2xx up to the limit', async () => {
		fake.hooks.options.autoDeliver = true;
		fake.hooks.options.autoRetry = true;
		fake.hooks.addPluginHook({ url: receiver.url, events: ['message:received'] });
		receiver.respondWith(503);
		const [c] = fake.site().conversations.values();
		const res = await fake.call('POST', `/website/${fake.websiteId}/conversation/${c.session_id}/message`, { body: { type: 'text', from: 'operator', origin: 'chat', content: 'Auto' } });
		expect(res.status).toBe(202);
		await fake.hooks.flush();
		expect(receiver.received.map((r) => r.headers['x-delivery-attempt-count'])).toEqual(['1', '2', '3']);
		expect(new Set(receiver.received.map((r) => r.raw)).size).toBe(1);
		expect(fake.hooks.deliveries.map((d) => d.status)).toEqual([503, 503, 503]);
		expect(fake.hooks.pending()).toEqual([]);
	});

	it('emit() sends any event now; the timestamp unit is an option [I: ms by default]', async () => {
		fake.hooks.options.timestampUnit = 's';
		fake.hooks.addPluginHook({ url: receiver.url });
		const [delivery] = await fake.hooks.emit(fake.websiteId, 'session:set_email', { website_id: fake.websiteId, session_id: 'session_x', email: 'x@example.com' });
		expect(delivery.timestamp).toBe(String(Math.floor(now / 1000)));
		const got = receiver.received[0];
		expect(got.headers['x-crisp-signature']).toBe(hmac(fake.seeded!.signatureSecret, delivery.timestamp, got.raw));
		expect((got.body as { timestamp: number }).timestamp).toBe(now);
	});
});
