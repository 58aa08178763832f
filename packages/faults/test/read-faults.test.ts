/**
 * HTTP faults on an idempotent read (one GET): throttling with every form of Retry-After, 5xx,
 * timeouts, dropped connections, HTML pages and malformed JSON. Each is either retried within
 * bounds and then succeeds with the right output, or ends in a NodeApiError with a clear message;
 * the fake's log says how many requests were sent. Waits run on a fake clock.
 */
import type { FakeResponse, FakeServer, Fault } from '@leadchat/testkit';

import {
	CLOCK_START,
	JITTERS,
	MAX_ATTEMPTS,
	PLATFORMS,
	expectApiError,
	expectSuccess,
	runNode,
	table,
	useFake,
	useRetryClock,
	type Outcome,
	type Platform,
} from '../src';

const clock = useRetryClock();

/** The request timeout while a timeout case runs (the fake answers after TIMEOUT_DELAY_MS). */
const SHORT_TIMEOUT_MS = 300;
const TIMEOUT_DELAY_MS = 1500;

const withRetryAfter = (p: Platform, value: string): FakeResponse => ({ ...p.tooManyRequests, headers: { ...p.tooManyRequests.headers, 'retry-after': value } });
const asFault = (r: FakeResponse): Fault => ({ status: r.status ?? 429, headers: r.headers, body: r.body });

describe.each(table(PLATFORMS))('%s: faults on a read', (_name, platform: Platform) => {
	const ctx = useFake(platform);
	const server = (): FakeServer<unknown> => platform.server(ctx.fake);
	const read = () => runNode(platform, ctx.fake, platform.read.parameters(ctx.fake));
	const inject = (fault: Fault, times = 1) => server().inject(fault, { times, match: { method: 'GET' } });
	const statuses = (o: Outcome) => o.requests.map((r) => r.status);
	const recovered = (o: Outcome) => {
		platform.read.expectOutput(ctx.fake, expectSuccess(o).map((i) => i.json));
		// Every try was the same request; the last one reached the read's route.
		expect(new Set(o.requests.map((r) => `${r.method} ${r.rawPath}?${r.rawQuery}`)).size).toBe(1);
		expect(o.requests[o.requests.length - 1].route).toBe(platform.read.route);
	};

	/** One 429, one wait of the platform's own backoff (a real wait, at most a minute), then the read. */
	const recoveredAfterOneBackoff = (o: Outcome) => {
		recovered(o);
		expect(statuses(o)).toEqual([429, 200]);
		expect(clock.sleeps).toHaveLength(1);
		expect(clock.sleeps[0]).toBeGreaterThan(0);
		expect(clock.sleeps[0]).toBeLessThanOrEqual(60_000);
	};

	afterEach(() => {
		delete platform.spec.timeoutMs;
	});
	const shortTimeout = () => {
		platform.spec.timeoutMs = SHORT_TIMEOUT_MS;
	};

	test('control: the read succeeds with one request and no wait', async () => {
		const o = await read();
		recovered(o);
		expect(statuses(o)).toEqual([200]);
		expect(clock.sleeps).toEqual([]);
	});

	describe('429 (throttled), then the read goes through', () => {
		test('without Retry-After (as the platform sends it): one backoff wait, then success', async () => {
			inject(asFault(platform.tooManyRequests));
			recoveredAfterOneBackoff(await read());
		});

		test('Retry-After: 3 (seconds) is waited exactly', async () => {
			inject(asFault(withRetryAfter(platform, '3')));
			const o = await read();
			recovered(o);
			expect([statuses(o), clock.sleeps]).toEqual([[429, 200], [3000]]);
		});

		test('Retry-After as an HTTP date 5 s ahead is waited exactly', async () => {
			inject(asFault(withRetryAfter(platform, new Date(CLOCK_START + 5000).toUTCString())));
			const o = await read();
			recovered(o);
			expect([statuses(o), clock.sleeps]).toEqual([[429, 200], [5000]]);
		});

		test.each([
			['-5 (negative)', '-5'],
			['"soon" (garbage)', 'soon'],
			['"" (empty)', ''],
		])('Retry-After: %s falls back to the backoff (a real wait, not an immediate retry)', async (_label, value) => {
			inject(asFault(withRetryAfter(platform, value)));
			recoveredAfterOneBackoff(await read());
		});

		test('Retry-After: 3600 (an hour) is never waited beyond 60 s: the read fails at once with the 429 or waits at most 60 s', async () => {
			inject(asFault(withRetryAfter(platform, '3600')));
			const o = await read();
			expect(clock.sleeps.filter((ms) => ms > 60_000)).toEqual([]);
			if (o.error) {
				expectApiError(o, platform, 429, platform.tooManyRequestsMessage);
				expect(statuses(o)).toEqual([429]);
			} else {
				recovered(o);
			}
		});

		test.each(JITTERS)('a throttle lasting the whole rate-limit window is outlived (jitter %p)', async (jitter) => {
			clock.setJitter(jitter);
			// 429 for every request until the platform's window has passed on the (fake) clock.
			const remove = server().intercept((_req, next) => (clock.now() < CLOCK_START + platform.rateLimitWindowMs ? platform.tooManyRequests : next()));
			try {
				const o = await read();
				recovered(o);
				expect(clock.waited()).toBeGreaterThanOrEqual(platform.rateLimitWindowMs);
				expect(statuses(o).slice(-1)).toEqual([200]);
				expect(o.requests).toHaveLength(clock.sleeps.length + 1);
			} finally {
				remove();
			}
		});
	});

	describe('429 that never ends', () => {
		test.each(JITTERS)('without Retry-After: retried until the rate-limit window is covered, then the platform’s message (jitter %p)', async (jitter) => {
			clock.setJitter(jitter);
			inject(asFault(platform.tooManyRequests), 10_000);
			const o = await read();
			expectApiError(o, platform, 429, platform.tooManyRequestsMessage);
			expect(clock.waited()).toBeGreaterThanOrEqual(platform.rateLimitWindowMs);
			// It stops once the window is covered: the waits before the last one did not cover it yet.
			expect(clock.waited() - clock.sleeps[clock.sleeps.length - 1]).toBeLessThan(platform.rateLimitWindowMs);
			expect(o.requests).toHaveLength(clock.sleeps.length + 1);
			expect(new Set(statuses(o))).toEqual(new Set([429]));
		});

		test('Retry-After: 30 each time: waits of 30 s until the window is covered', async () => {
			inject(asFault(withRetryAfter(platform, '30')), 10_000);
			const o = await read();
			expectApiError(o, platform, 429, platform.tooManyRequestsMessage);
			expect(new Set(clock.sleeps)).toEqual(new Set([30_000]));
			expect(clock.waited()).toBeGreaterThanOrEqual(platform.rateLimitWindowMs);
			expect(clock.waited() - 30_000).toBeLessThan(platform.rateLimitWindowMs);
			expect(o.requests).toHaveLength(clock.sleeps.length + 1);
		});
	});

	describe('5xx', () => {
		test('500 is not retried (the server failed, not a gateway): one request, the platform’s message', async () => {
			inject({ status: 500, body: platform.errorBody('Something broke') });
			const o = await read();
			expectApiError(o, platform, 500, 'Something broke');
			expect(statuses(o)).toEqual([500]);
		});

		test.each([502, 503, 504])('%i once: retried after a wait, then success', async (status) => {
			inject({ status, body: platform.errorBody('Try again') });
			const o = await read();
			recovered(o);
			expect(statuses(o)).toEqual([status, 200]);
			expect(clock.sleeps).toHaveLength(1);
		});

		test.each([502, 503, 504])('%i that lasts: retried within bounds, then the platform’s message', async (status) => {
			inject({ status, body: platform.errorBody('Down for maintenance') }, 1000);
			const o = await read();
			expectApiError(o, platform, status, 'Down for maintenance');
			expect(o.requests.length).toBeGreaterThanOrEqual(2);
			expect(o.requests.length).toBeLessThanOrEqual(MAX_ATTEMPTS);
			expect(clock.sleeps).toHaveLength(o.requests.length - 1);
		});
	});

	describe('network', () => {
		test('a timeout once: retried, then success', async () => {
			shortTimeout();
			inject({ delayMs: TIMEOUT_DELAY_MS });
			const o = await read();
			recovered(o);
			expect(o.requests.map((r) => r.fault ?? 'none')).toEqual(['delay', 'none']);
		});

		test('a timeout that lasts: retried within bounds, then a NodeApiError that says so', async () => {
			shortTimeout();
			inject({ delayMs: TIMEOUT_DELAY_MS }, 1000);
			const o = await read();
			expectApiError(o, platform, undefined);
			expect(`${o.error!.message} ${o.error!.description}`).toMatch(/time(d)? ?out|ETIMEDOUT|ECONNABORTED/i);
			expect(o.requests.length).toBeGreaterThanOrEqual(2);
			expect(o.requests.length).toBeLessThanOrEqual(MAX_ATTEMPTS);
		});

		test('a dropped connection once: retried, then success', async () => {
			inject({ drop: true });
			const o = await read();
			recovered(o);
			expect(o.requests.map((r) => r.fault ?? 'none')).toEqual(['drop', 'none']);
		});

		test('a connection dropped every time: retried within bounds, then a NodeApiError that says so', async () => {
			inject({ drop: true }, 1000);
			const o = await read();
			expectApiError(o, platform, undefined);
			expect(`${o.error!.message} ${o.error!.description}`).toMatch(/ECONNRESET|socket hang up|closed/i);
			expect(o.requests.length).toBeGreaterThanOrEqual(2);
			expect(o.requests.length).toBeLessThanOrEqual(MAX_ATTEMPTS);
		});
	});

	describe('bodies', () => {
		test('an HTML error page (502) once: retried, then success', async () => {
			inject({ html: true, status: 502 });
			const o = await read();
			recovered(o);
			expect(statuses(o)).toEqual([502, 200]);
		});

		test('an HTML error page (502) that lasts: summarised, not pasted', async () => {
			inject({ html: true, status: 502 }, 1000);
			const o = await read();
			expectApiError(o, platform, 502, 'The server answered with an HTML page: 502 Bad Gateway');
			expect(o.requests.length).toBeLessThanOrEqual(MAX_ATTEMPTS);
		});

		test('an HTML page with status 200 (a wrong base URL, a login page): a NodeApiError, not an item', async () => {
			inject({ status: 200, headers: { 'content-type': 'text/html' }, body: '<html><head><title>Sign in</title></head><body>Sign in</body></html>' }, 1000);
			const o = await read();
			expectApiError(o, platform, undefined, /HTML/);
			expect(o.requests.length).toBeLessThanOrEqual(MAX_ATTEMPTS);
		});

		test('malformed JSON with status 200: a NodeApiError, not a string item', async () => {
			inject({ malformedJson: true }, 1000);
			const o = await read();
			expectApiError(o, platform, undefined, /JSON/);
			expect(o.requests.length).toBeLessThanOrEqual(MAX_ATTEMPTS);
		});
	});
});
