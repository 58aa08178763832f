import { createHash } from 'crypto';
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { createWebhookContext, httpSend, serveWebhook, type WebhookRequestOptions } from '@leadchat/testkit';
import { clearDeliveries, setDeliveryClock } from '../src/triggers/deliveries';
import { DEFAULT_WEBHOOK_REASONS, bodyHashKey, guardWebhook, hmacVerification, keyHash, webhookHeader, type HmacOptions, type HmacVerification, type WebhookGuardOptions } from '../src/triggers/guard';
import { hmac } from '../src/triggers/signature';

const SECRET = 'guard-secret-0123456789';
const TTL = 330_000;
let now = 1_750_000_000_000;

beforeEach(() => {
	now = 1_750_000_000_000;
	setDeliveryClock(() => now);
	clearDeliveries();
});
afterAll(() => setDeliveryClock());

/** Runs one request through the guard in a fresh webhook context of node `nodeId`. */
function deliver(options: WebhookGuardOptions, request: WebhookRequestOptions, nodeId = 'guard-node', patch?: (ctx: IWebhookFunctions) => IWebhookFunctions) {
	const base = createWebhookContext({ request, node: { id: nodeId }, workflow: { id: 'wf-guard' } });
	const ctx = patch ? patch(base) : base;
	const result = guardWebhook.call(ctx, options);
	return {
		result,
		/** The answer the node sent itself (401), if any. */
		sent: base.response.ended ? { status: base.response.status, body: base.response.body } : undefined,
		runs: result.workflowData ? result.workflowData[0].map((i) => i.json) : [],
		staticData: base.staticData,
	};
}

const json = (body: unknown, headers: Record<string, string> = {}): WebhookRequestOptions => {
	const raw = JSON.stringify(body);
	return { rawBody: Buffer.from(raw), headers: { 'content-type': 'application/json', ...headers } };
};

/** Chatwoot-like signing: `sha256=` + HMAC of `<timestamp>.<body>`. */
const hmacOf = (timestamp: string, raw: string, secret = SECRET) => `sha256=${hmac(secret, `${timestamp}.${raw}`)}`;
const nowSec = () => String(Math.floor(now / 1000));

function signed(body: unknown, o: { timestamp?: string; secret?: string; raw?: string } = {}): WebhookRequestOptions {
	const raw = o.raw ?? JSON.stringify(body);
	const timestamp = o.timestamp ?? nowSec();
	return { rawBody: Buffer.from(raw), headers: { 'content-type': 'application/json', 'x-signature': hmacOf(timestamp, raw, o.secret), 'x-timestamp': timestamp } };
}

/** The verification a trigger builds from its headers. */
const hmacFrom =
	(extra: Partial<HmacOptions> = {}) =>
	(ctx: IWebhookFunctions): HmacVerification =>
		hmacVerification({
			secret: SECRET,
			signature: webhookHeader(ctx, 'X-Signature'),
			timestamp: webhookHeader(ctx, 'X-Timestamp'),
			signedPayload: (ts, b) => `${ts}.${b}`,
			prefix: 'sha256=',
			nowMs: now,
			...extra,
		});

/** Delivers with a verification read from the request, as a trigger does. */
function deliverHmac(request: WebhookRequestOptions, extra: Partial<HmacOptions> = {}, more: Partial<WebhookGuardOptions> = {}, nodeId?: string) {
	const ctx = createWebhookContext({ request });
	return deliver({ verification: hmacFrom(extra)(ctx), ttlMs: TTL, ...more }, request, nodeId);
}

const EVENT = { event: 'message_created', id: 7, inbox: { id: 3 } };

describe('guardWebhook: HMAC signature', () => {
	test('a signed delivery starts one run whose item is the body exactly; nothing is answered by the node', () => {
		const d = deliverHmac(signed(EVENT));
		expect(d.sent).toBeUndefined();
		expect(d.result).toEqual({ workflowData: [[{ json: EVENT }]] });
		expect(d.staticData).toEqual({});
	});

	test.each([
		['a tampered body', () => ({ ...signed(EVENT), rawBody: Buffer.from(JSON.stringify({ ...EVENT, id: 8 })) }), 'mismatch'],
		['a wrong secret', () => signed(EVENT, { secret: 'other' }), 'mismatch'],
		['no signature header', () => ({ ...json(EVENT, { 'x-timestamp': nowSec() }) }), 'missing-signature'],
		['no timestamp header', () => json(EVENT, { 'x-signature': hmacOf(nowSec(), JSON.stringify(EVENT)) }), 'missing-timestamp'],
		['a timestamp that is not a Unix time', () => json(EVENT, { 'x-signature': 'sha256=00', 'x-timestamp': 'yesterday' }), 'bad-timestamp'],
		['a stale timestamp (301 s old)', () => signed(EVENT, { timestamp: String(Number(nowSec()) - 301) }), 'stale'],
	] as const)('%s → 401 with the reason, no run', (_label, request, code) => {
		const d = deliverHmac(request());
		expect(d.result).toEqual({ noWebhookResponse: true });
		expect(d.sent).toEqual({ status: 401, body: { error: 'Unauthorized', reason: DEFAULT_WEBHOOK_REASONS[code] } });
		expect(d.runs).toEqual([]);
	});

	test("the trigger's own reason texts replace the defaults, code by code", () => {
		const reasons = { 'missing-signature': 'The X-Signature header is missing', stale: 'Too old' };
		expect(deliverHmac(json(EVENT), {}, { reasons }).sent?.body).toEqual({ error: 'Unauthorized', reason: 'The X-Signature header is missing' });
		expect(deliverHmac(signed(EVENT, { secret: 'x' }), {}, { reasons }).sent?.body).toEqual({ error: 'Unauthorized', reason: 'The signature does not match the body' });
	});

	test('no secret known → 401 no-secret, before anything else is read', () => {
		const d = deliverHmac(signed(EVENT), { secret: '' }, { reasons: { 'no-secret': 'Set up the secret credential' } });
		expect(d.sent).toEqual({ status: 401, body: { error: 'Unauthorized', reason: 'Set up the secret credential' } });
	});

	test('no raw body: refused by default; checked as JSON with withoutRawBody "json"', () => {
		const request = signed(EVENT);
		const withoutRaw = (ctx: IWebhookFunctions) => Object.create(ctx, { getRequestObject: { value: () => ({}) } }) as IWebhookFunctions;
		const verification = hmacFrom()(createWebhookContext({ request }));
		const refused = deliver({ verification, ttlMs: TTL }, { ...request, body: EVENT }, 'n', withoutRaw);
		expect(refused.sent).toEqual({ status: 401, body: { error: 'Unauthorized', reason: DEFAULT_WEBHOOK_REASONS['no-raw-body'] } });
		const json_ = deliver({ verification: hmacFrom({ withoutRawBody: 'json' })(createWebhookContext({ request })), ttlMs: TTL }, { ...request, body: EVENT }, 'n', withoutRaw);
		expect(json_.runs).toEqual([EVENT]);
	});

	test('alternate bodies are tried after a mismatch only (e.g. JSON serialised again), never after another failure', () => {
		const pretty = JSON.stringify(EVENT, null, 2);
		const compact = JSON.stringify(EVENT);
		// The sender signed the compact form but sent it pretty-printed.
		const request = { ...signed(EVENT, { raw: compact }), rawBody: Buffer.from(pretty) };
		const reserialise = (raw: string) => [undefined, raw, JSON.stringify(JSON.parse(raw))];
		expect(deliverHmac(request).sent?.status).toBe(401);
		clearDeliveries();
		expect(deliverHmac(request, { alternateBodies: reserialise }).runs).toEqual([EVENT]);
		const stale = { ...signed(EVENT, { raw: compact, timestamp: String(Number(nowSec()) - 400) }), rawBody: Buffer.from(pretty) };
		const tried: string[] = [];
		const d = deliverHmac(stale, { alternateBodies: (raw) => (tried.push(raw), [compact]) });
		expect([d.sent?.body, tried]).toEqual([{ error: 'Unauthorized', reason: DEFAULT_WEBHOOK_REASONS.stale }, []]);
		const wrong = deliverHmac(signed(EVENT, { secret: 'other', raw: compact }), { alternateBodies: reserialise });
		expect(wrong.sent?.status).toBe(401);
	});
});

describe('guardWebhook: shared key', () => {
	const key = (where: 'header' | 'body' | 'query', name = 'key', secret = SECRET): WebhookGuardOptions => ({ verification: { kind: 'key', secret, in: where, name }, ttlMs: TTL });

	test('in a header: the right key runs, a wrong, shorter or missing one is 401 bad-key', () => {
		expect(deliver(key('header', 'X-Hook-Key'), json(EVENT, { 'x-hook-key': SECRET })).runs).toEqual([EVENT]);
		for (const value of [`${SECRET}x`, SECRET.slice(0, -1), undefined]) {
			const d = deliver(key('header', 'X-Hook-Key'), json({ ...EVENT, v: value ?? '' }, value === undefined ? {} : { 'x-hook-key': value }));
			expect(d.sent).toEqual({ status: 401, body: { error: 'Unauthorized', reason: 'The key is missing or wrong' } });
			expect(d.runs).toEqual([]);
		}
	});

	test("in the body: the right key runs and is removed from the item (and from what the filter and output see)", () => {
		const seen: IDataObject[] = [];
		const d = deliver(
			{ ...key('body', 'token'), filter: (b) => (seen.push(b), true), output: ({ body, verified }) => ({ ...body, verified }) },
			json({ id: 1, name: 'Ana', token: SECRET }),
		);
		expect(d.runs).toEqual([{ id: 1, name: 'Ana', verified: true }]);
		expect(seen).toEqual([{ id: 1, name: 'Ana' }]);
		expect(JSON.stringify(d.result)).not.toContain(SECRET);
	});

	test('in the body: a wrong key, a key in another field, a number, or a body that is not an object → 401', () => {
		for (const body of [{ id: 1, token: 'nope' }, { id: 1, key: SECRET }, { id: 1, token: 12345 }, [SECRET]]) {
			expect(deliver(key('body', 'token'), json(body)).sent?.status).toBe(401);
		}
	});

	test('in the query: the right key runs, a wrong one is 401', () => {
		expect(deliver(key('query'), { ...json(EVENT), query: { key: SECRET } }).runs).toEqual([EVENT]);
		expect(deliver(key('query'), { ...json({ ...EVENT, id: 2 }), query: { key: 'guess' } }).sent?.status).toBe(401);
		expect(deliver(key('query'), { ...json({ ...EVENT, id: 3 }), query: { key: [SECRET] as never } }).sent?.status).toBe(401);
	});

	test('no key known → 401 no-secret whatever is sent; rejectBody shapes the answer', () => {
		const rejectBody = (r: { code: string; reason: string }) => (r.code === 'no-secret' ? { message: 'Invalid key', reason: r.reason } : { message: 'Invalid key' });
		const none = deliver({ ...key('body', 'key', ''), rejectBody, reasons: { 'no-secret': 'Select a key credential' } }, json({ key: '' }));
		expect(none.sent).toEqual({ status: 401, body: { message: 'Invalid key', reason: 'Select a key credential' } });
		const wrong = deliver({ ...key('body'), rejectBody }, json({ key: 'guess' }));
		expect(wrong.sent).toEqual({ status: 401, body: { message: 'Invalid key' } });
	});

	test("hashed: 'sha256' takes the key's SHA-256 as the secret: the key runs, the hash itself or a wrong key is 401", () => {
		const hash = createHash('sha256').update(SECRET).digest('hex');
		expect(keyHash(SECRET)).toBe(hash);
		const hashed: WebhookGuardOptions = { verification: { kind: 'key', secret: hash, hashed: 'sha256', in: 'query', name: 'token' }, ttlMs: TTL };
		expect(deliver(hashed, { ...json(EVENT), query: { token: SECRET } }).runs).toEqual([EVENT]);
		for (const [id, token] of [[2, hash], [3, `${SECRET}x`], [4, ''], [5, [SECRET]]] as const) {
			const d = deliver(hashed, { ...json({ ...EVENT, id }), query: { token: token as never } });
			expect([d.sent, d.runs]).toEqual([{ status: 401, body: { error: 'Unauthorized', reason: 'The key is missing or wrong' } }, []]);
		}
		// Without `hashed` the same secret is the key itself: the hash passes, the key does not.
		const plain: WebhookGuardOptions = { verification: { kind: 'key', secret: hash, in: 'query', name: 'token' }, ttlMs: TTL };
		expect(deliver(plain, { ...json({ ...EVENT, id: 6 }), query: { token: hash } }).runs).toEqual([{ ...EVENT, id: 6 }]);
		expect(deliver(plain, { ...json({ ...EVENT, id: 7 }), query: { token: SECRET } }).sent?.status).toBe(401);
		// No hash known: no-secret, whatever is sent.
		expect(deliver({ ...hashed, verification: { kind: 'key', secret: '', hashed: 'sha256', in: 'query', name: 'token' } }, { ...json({ ...EVENT, id: 8 }), query: { token: '' } }).sent?.body).toEqual({ error: 'Unauthorized', reason: DEFAULT_WEBHOOK_REASONS['no-secret'] });
	});
});

describe('guardWebhook: no verification', () => {
	test('anything is accepted and marked unverified; the delivery key is the hash of the raw body', () => {
		const keys: string[] = [];
		const options: WebhookGuardOptions = {
			verification: { kind: 'none' },
			ttlMs: TTL,
			deliveryKey: (d) => (keys.push(bodyHashKey(d)), bodyHashKey(d)),
			output: ({ body, verified }) => ({ ...body, verified }),
		};
		const raw = '{"event":"contact_created","id":1}';
		expect(deliver(options, { rawBody: Buffer.from(raw), headers: { 'content-type': 'application/json' } }).runs).toEqual([{ event: 'contact_created', id: 1, verified: false }]);
		expect(keys).toEqual([`body:${createHash('sha256').update(raw).digest('hex')}`]);
	});
});

describe('guardWebhook: one run per delivery', () => {
	const none = (more: Partial<WebhookGuardOptions> = {}): WebhookGuardOptions => ({ verification: { kind: 'none' }, ttlMs: TTL, ...more });

	test("a repeat is answered with n8n's default (or duplicateResponse) and starts nothing until the TTL has passed", () => {
		expect(deliver(none(), json(EVENT)).runs).toEqual([EVENT]);
		expect(deliver(none(), json(EVENT)).result).toEqual({});
		expect(deliver(none({ duplicateResponse: { received: true, duplicate: true } }), json(EVENT)).result).toEqual({ webhookResponse: { received: true, duplicate: true } });
		now += TTL - 1;
		expect(deliver(none(), json(EVENT)).runs).toEqual([]);
		now += 1;
		expect(deliver(none(), json(EVENT)).runs).toEqual([EVENT]);
	});

	test("the trigger's delivery key decides what a repeat is; another node's deliveries are its own", () => {
		const byId = none({ deliveryKey: ({ body }) => `id:${String(body.id)}` });
		expect(deliver(byId, json({ id: 1, v: 'a' })).runs).toEqual([{ id: 1, v: 'a' }]);
		expect(deliver(byId, json({ id: 1, v: 'b' })).runs).toEqual([]);
		expect(deliver(byId, json({ id: 1, v: 'b' }), 'other-node').runs).toEqual([{ id: 1, v: 'b' }]);
	});

	test('a forged copy sent first (same signature header, another body) is refused and does not use up the genuine delivery', () => {
		const genuine = signed(EVENT);
		const forged = { ...genuine, rawBody: Buffer.from(JSON.stringify({ ...EVENT, id: 666 })) };
		const bySignature = { deliveryKey: () => `signed:${String(genuine.headers!['x-signature'])}` };
		expect(deliverHmac(forged, {}, bySignature).sent?.status).toBe(401);
		expect(deliverHmac(genuine, {}, bySignature).runs).toEqual([EVENT]);
		expect(deliverHmac(genuine, {}, bySignature).runs).toEqual([]);
	});

	test('a wrong key first does not use up the delivery either', () => {
		const options: WebhookGuardOptions = { verification: { kind: 'key', secret: SECRET, in: 'body', name: 'key' }, ttlMs: TTL, deliveryKey: ({ body }) => `lead:${String(body.id)}` };
		expect(deliver(options, json({ id: 5, key: 'forged' })).sent?.status).toBe(401);
		expect(deliver(options, json({ id: 5, key: SECRET })).runs).toEqual([{ id: 5 }]);
	});

	test('a delivery dropped by the event filter is still remembered (a repeat of it is a repeat)', () => {
		const options = none({ events: { selected: ['other'] }, duplicateResponse: { duplicate: true } });
		expect(deliver(options, json(EVENT)).result).toEqual({});
		expect(deliver(options, json(EVENT)).result).toEqual({ webhookResponse: { duplicate: true } });
	});

	test('5 concurrent copies over HTTP start one run', async () => {
		const trigger = {
			description: { displayName: 'G', name: 'g', group: ['trigger'], version: 1, description: 'g', defaults: {}, inputs: [], outputs: ['main'], properties: [] },
			async webhook(this: IWebhookFunctions) {
				return guardWebhook.call(this, none({ duplicateResponse: { duplicate: true } }));
			},
		};
		const served = await serveWebhook(trigger as never, { parameters: {} });
		try {
			const answers = await Promise.all(Array.from({ length: 5 }, () => httpSend(served.url, { method: 'POST', body: JSON.stringify(EVENT), headers: { 'content-type': 'application/json' } })));
			expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
			expect(answers.filter((a) => (a.body as IDataObject).duplicate === true)).toHaveLength(4);
			expect(served.runs).toEqual([[EVENT]]);
		} finally {
			await served.close();
		}
	});
});

describe('guardWebhook: events and filters', () => {
	const base: WebhookGuardOptions = { verification: { kind: 'none' }, ttlMs: TTL };
	const body = (event: string, more: IDataObject = {}) => json({ event, ...more });

	test('only the selected events run; "all" runs every event', () => {
		const selected = { ...base, events: { selected: ['a', 'b'] } };
		expect([deliver(selected, body('a')).runs, deliver(selected, body('b')).runs, deliver(selected, body('c')).runs, deliver(selected, json({ id: 1 })).runs]).toEqual([
			[{ event: 'a' }],
			[{ event: 'b' }],
			[],
			[],
		]);
		expect(deliver({ ...base, events: { selected: 'all' } }, body('zzz')).runs).toEqual([{ event: 'zzz' }]);
	});

	test('the event name can be read elsewhere in the body', () => {
		const options = { ...base, events: { selected: ['lead.new'], of: (b: IDataObject) => String((b.meta as IDataObject).type) } };
		expect(deliver(options, json({ meta: { type: 'lead.new' } })).runs).toEqual([{ meta: { type: 'lead.new' } }]);
		expect(deliver(options, json({ meta: { type: 'lead.old' } })).runs).toEqual([]);
	});

	test('a body that is not a JSON object starts nothing', () => {
		for (const raw of ['[1,2]', '"text"', 'not json']) expect(deliver(base, { rawBody: Buffer.from(raw), headers: { 'content-type': 'text/plain' }, body: raw === '[1,2]' ? [1, 2] : raw }).result).toEqual({});
	});

	test('the extra filter runs after the events and sees the body', () => {
		const options = { ...base, events: { selected: ['m'] }, filter: (b: IDataObject) => b.inbox === 1 };
		expect([deliver(options, body('m', { inbox: 1 })).runs, deliver(options, body('m', { inbox: 2 })).runs, deliver(options, body('x', { inbox: 1 })).runs]).toEqual([
			[{ event: 'm', inbox: 1 }],
			[],
			[],
		]);
	});
});

describe('webhookHeader', () => {
	test('any case; the first of repeated values; undefined when absent', () => {
		const ctx = { getHeaderData: () => ({ 'x-one': 'a', 'x-many': ['b', 'c'], 'x-none': [], 'x-null': null }) } as unknown as IWebhookFunctions;
		expect(['X-One', 'x-many', 'X-None', 'x-null', 'x-missing'].map((n) => webhookHeader(ctx, n))).toEqual(['a', 'b', undefined, undefined, undefined]);
	});
});
