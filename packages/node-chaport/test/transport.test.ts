/**
 * The Chaport transport: the base URL of each region, Chaport's error bodies (three shapes read),
 * a 401 without the token in the error, 429 retried after Retry-After, and the `{result}` envelope
 * (unwrapped when alone; kept with its `links`).
 */
import type { IHttpRequestOptions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { retryClock, type RequestContext } from '@leadchat/core';
import { chaportMessage, chaportRequest, readChaportBody } from '../nodes/Chaport/transport';
import { api, byId, credentialsFor, jsonOf, useChaport } from './harness';

const h = useChaport(true);

/** A request context that records the options n8n would send and answers 200 `{result: []}`. */
function recordingContext(credentials: Record<string, unknown>) {
	const sent: IHttpRequestOptions[] = [];
	const ctx: RequestContext = {
		getNode: () => ({ id: 'n', name: 'Chaport', type: 'chaport', typeVersion: 1, position: [0, 0], parameters: {} }),
		getCredentials: async () => credentials as never,
		helpers: {
			async httpRequestWithAuthentication(_type: string, options: IHttpRequestOptions) {
				sent.push(options);
				return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: { result: [] } };
			},
		},
	};
	return { ctx, sent };
}

describe('transport: where requests go', () => {
	it.each([
		[{ region: 'global' }, 'https://app.chaport.com/api/v1/operators'],
		[{ region: 'ru' }, 'https://app.chaport.ru/api/v1/operators'],
		[{ region: 'custom', baseUrl: 'https://proxy.example.com/chaport/api/v1/' }, 'https://proxy.example.com/chaport/api/v1/operators'],
		[{}, 'https://app.chaport.com/api/v1/operators'],
	])('%j → %s', async (credentials, url) => {
		const { ctx, sent } = recordingContext({ accessToken: 't', ...credentials });
		await chaportRequest.call(ctx, { method: 'GET', path: '/operators' });
		expect(sent.map((o) => [o.method, o.url])).toEqual([['GET', url]]);
	});
});

describe('transport: the envelope', () => {
	it('`{result}` alone is unwrapped; with `links` beside it the answer is kept whole', () => {
		expect(readChaportBody({ result: { id: 'a' } })).toEqual({ id: 'a' });
		expect(readChaportBody({ result: [1] })).toEqual([1]);
		expect(readChaportBody({ result: [1], links: { next: 'x' } })).toEqual({ result: [1], links: { next: 'x' } });
		expect(readChaportBody('plain')).toBe('plain');
	});

	it("Chaport's error text from {error: {message}}, {error: {code}}, {message} and {error: \"text\"}", () => {
		expect(chaportMessage({ error: { code: 'not_found', message: 'Visitor not found' } })).toBe('Visitor not found');
		expect(chaportMessage({ error: { code: 'not_found' } })).toBe('not_found');
		expect(chaportMessage({ message: 'Bad request' })).toBe('Bad request');
		expect(chaportMessage({ error: 'Too many requests' })).toBe('Too many requests');
		// Text (a gateway's page) is left to core's reading: see "a text or HTML error page" below.
		expect(chaportMessage(' Server error ')).toBeUndefined();
		expect(chaportMessage({})).toBeUndefined();
		expect(chaportMessage(undefined)).toBeUndefined();
	});
});

describe('transport: failures', () => {
	it.each(['nested', 'message', 'string'] as const)("a 404 in the %s error body shape is a NodeApiError with Chaport's message", async (variant) => {
		h.fake.errorBody = variant;
		const error = await h.runError({ resource: 'visitor', operation: 'get', visitorId: byId('0123456789abcdef01234567') });
		expect(error).toBeInstanceOf(NodeApiError);
		expect([error.message, error.httpCode]).toEqual(['Visitor not found', '404']);
	});

	it.each([
		['an HTML gateway page', { html: true, status: 502 }, 'The server answered with an HTML page: 502 Bad Gateway'],
		['plain text', { status: 500, body: ' Server error ', headers: { 'content-type': 'text/plain' } }, 'Server error'],
	])('a text or HTML error page (%s) is summarised, not pasted', async (_label, fault, message) => {
		// A create: not sent again after a 5xx, so one request and no backoff wait.
		h.fake.inject(fault);
		const error = await h.runError({ resource: 'operator', operation: 'create', email: 'dan@acme.test', name: 'Dan' });
		expect(error).toBeInstanceOf(NodeApiError);
		expect([error.message, error.httpCode]).toEqual([message, String(fault.status)]);
		expect(h.fake.requests.map((r) => `${r.method} ${r.status}`)).toEqual([`POST ${fault.status}`]);
	});

	it('a wrong token: 401 with Chaport\'s message; the token is nowhere in the error', async () => {
		const wrong = 'x'.repeat(60);
		const error = await h.runError({ resource: 'operator', operation: 'getMe' }, { credentials: credentialsFor(h.fake, { accessToken: wrong }) });
		expect(error).toBeInstanceOf(NodeApiError);
		expect([error.message, error.httpCode]).toEqual(['Invalid or missing access token', '401']);
		expect(h.fake.requests.map((r) => [r.path, r.status, r.headers.authorization])).toEqual([[api('/me.json'), 401, `Bearer ${wrong}`]]);
		expect(JSON.stringify({ message: error.message, description: error.description, stack: error.stack, response: (error as NodeApiError).errorResponse })).not.toContain(wrong);
	});

	describe('429', () => {
		const original = retryClock.sleep;
		const waits: number[] = [];
		beforeEach(() => {
			waits.length = 0;
			retryClock.sleep = async (ms) => {
				waits.push(ms);
			};
		});
		afterEach(() => {
			retryClock.sleep = original;
		});

		it('a create answered 429 (Chaport did nothing) is retried after Retry-After and makes exactly one operator', async () => {
			h.fake.throttleNext(2, { retryAfter: 3, match: { method: 'POST' } });
			const out = jsonOf(await h.run({ resource: 'operator', operation: 'create', email: 'dan@acme.test', name: 'Dan' }));
			expect(h.fake.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 429', 'POST 429', 'POST 200']);
			expect(waits).toEqual([3000, 3000]);
			expect([...h.fake.store.operators.values()].filter((o) => o.email === 'dan@acme.test')).toHaveLength(1);
			expect(out).toHaveLength(1);
		});

		it('the rate-limit mode: a list read past the limit waits for the window and goes on', async () => {
			// The fake's clock moves with the waits, as time would.
			let now = Date.now();
			h.fake.clock.now = () => now;
			retryClock.sleep = async (ms) => {
				waits.push(ms);
				now += ms;
			};
			h.fake.setRateLimit({ limit: 1, windowMs: 60_000 });
			const out = jsonOf(await h.run({ resource: 'visitor', operation: 'getAll', returnAll: true }));
			expect(out).toHaveLength(26);
			expect(h.fake.requests.map((r) => r.status)).toEqual([200, 429, 200]);
			expect(h.fake.requests[1].status).toBe(429);
			expect(waits).toEqual([60_000]);
		});
	});
});
