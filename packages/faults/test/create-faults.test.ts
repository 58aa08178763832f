/**
 * HTTP faults on a create (one POST): a create is retried only on 429, where the server did
 * nothing; after a 5xx, a dropped connection or a timeout it is not sent again, because the server
 * may have acted. The fake then holds at most one new record: none when the fault came before the
 * server acted, exactly one when it came after (its answer lost). Waits run on a fake clock.
 */
import type { FakeResponse, Fault } from '@leadchat/testkit';

import { CLOCK_START, PLATFORMS, expectApiError, expectSuccess, runNode, table, useFake, useRetryClock, type Outcome, type Platform } from '../src';

const clock = useRetryClock();

const SHORT_TIMEOUT_MS = 300;
let tags = 0;

describe.each(table(PLATFORMS))('%s: faults on a create', (_name, platform: Platform) => {
	const ctx = useFake(platform);
	const server = () => platform.server(ctx.fake);
	let tag: string;
	beforeEach(() => {
		tag = `create-${++tags}-${platform.name.toLowerCase()}`;
	});
	afterEach(() => {
		delete platform.spec.timeoutMs;
	});

	const create = () => runNode(platform, ctx.fake, platform.create.parameters(ctx.fake, tag));
	const created = () => platform.create.count(ctx.fake, tag);
	const posts = (o: Outcome) => o.requests.filter((r) => r.method === 'POST');
	const inject = (fault: Fault, times = 1) => server().inject(fault, { times, match: { method: 'POST' } });
	/**
	 * Runs a create while the server acts (the handler runs and stores the record) and then its answer
	 * is replaced by `answer`.
	 */
	async function createAfterActing(answer: (response: FakeResponse) => FakeResponse | 'drop' | Promise<FakeResponse | 'drop'>): Promise<Outcome> {
		const remove = server().intercept(async (req, next) => {
			const response = await next();
			return req.route === platform.create.route && response !== 'drop' ? answer(response) : response;
		});
		try {
			return await create();
		} finally {
			remove();
		}
	}

	test('control: one request, one record', async () => {
		const o = await create();
		expectSuccess(o);
		expect([posts(o).map((r) => r.route), created()]).toEqual([[platform.create.route], 1]);
	});

	describe('before the server acted: not retried, no record', () => {
		test.each([500, 502, 503, 504])('%i', async (status) => {
			inject({ status, body: platform.errorBody('Service unavailable') });
			const o = await create();
			expectApiError(o, platform, status, 'Service unavailable');
			expect([posts(o).length, created()]).toEqual([1, 0]);
		});

		test('an HTML gateway page (502)', async () => {
			inject({ html: true, status: 502 });
			const o = await create();
			expectApiError(o, platform, 502, /HTML page/);
			expect([posts(o).length, created()]).toEqual([1, 0]);
		});

		test('a dropped connection', async () => {
			inject({ drop: true });
			const o = await create();
			expectApiError(o, platform, undefined);
			expect([posts(o).length, created()]).toEqual([1, 0]);
		});

		test('a timeout (no answer in time)', async () => {
			platform.spec.timeoutMs = SHORT_TIMEOUT_MS;
			inject({ delayMs: 1500 });
			const o = await create();
			expectApiError(o, platform, undefined);
			expect(posts(o)).toHaveLength(1);
			expect(created()).toBeLessThanOrEqual(1);
		});
	});

	describe('after the server acted (its answer lost): not retried, exactly one record', () => {
		test('502 from a gateway after the record was stored', async () => {
			const o = await createAfterActing(() => ({ status: 502, body: platform.errorBody('Bad gateway') }));
			expectApiError(o, platform, 502, 'Bad gateway');
			expect([posts(o).length, created()]).toEqual([1, 1]);
		});

		test('the connection dropped after the record was stored', async () => {
			const o = await createAfterActing(() => 'drop');
			expectApiError(o, platform, undefined);
			expect([posts(o).length, created()]).toEqual([1, 1]);
		});

		test('the answer came too late (timeout) after the record was stored', async () => {
			platform.spec.timeoutMs = SHORT_TIMEOUT_MS;
			const o = await createAfterActing(async (response) => {
				await new Promise((resolve) => setTimeout(resolve, 1000));
				return response;
			});
			expectApiError(o, platform, undefined);
			expect([posts(o).length, created()]).toEqual([1, 1]);
		});
	});

	describe('429 (the server refused before acting): retried, exactly one record', () => {
		test('429 once', async () => {
			inject({ status: platform.tooManyRequests.status ?? 429, headers: platform.tooManyRequests.headers, body: platform.tooManyRequests.body });
			const o = await create();
			expectSuccess(o);
			expect([posts(o).map((r) => r.status), created()]).toEqual([[429, expect.any(Number)], 1]);
			expect(clock.sleeps).toHaveLength(1);
		});

		test('429 three times, the last with Retry-After: 2', async () => {
			const r = platform.tooManyRequests;
			inject({ status: 429, headers: r.headers, body: r.body }, 2);
			inject({ status: 429, headers: { ...r.headers, 'retry-after': '2' }, body: r.body });
			const o = await create();
			expectSuccess(o);
			expect([posts(o).length, created()]).toEqual([4, 1]);
			expect(clock.sleeps[2]).toBe(2000);
		});

		test('throttled for the whole rate-limit window, then created once', async () => {
			const remove = server().intercept((req, next) => (clock.now() < CLOCK_START + platform.rateLimitWindowMs && req.method === 'POST' ? platform.tooManyRequests : next()));
			try {
				const o = await create();
				expectSuccess(o);
				expect(created()).toBe(1);
				expect(posts(o).filter((r) => r.status !== 429)).toHaveLength(1);
				expect(clock.waited()).toBeGreaterThanOrEqual(platform.rateLimitWindowMs);
			} finally {
				remove();
			}
		});

		test('a throttle that never ends: the platform’s message, no record', async () => {
			inject({ status: 429, headers: platform.tooManyRequests.headers, body: platform.tooManyRequests.body }, 10_000);
			const o = await create();
			expectApiError(o, platform, 429, platform.tooManyRequestsMessage);
			expect(created()).toBe(0);
			expect(clock.waited()).toBeGreaterThanOrEqual(platform.rateLimitWindowMs);
		});
	});

	test('many creates under a throttle of 10 per window: each record exactly once', async () => {
		// 25 items; the fake lets 10 through per (fake-clock) minute and throttles the rest.
		const remove = platform.throttle(ctx.fake, 10, 60_000, () => clock.now());
		try {
			const tags25 = Array.from({ length: 25 }, (_, i) => `${tag}-${i}`);
			const o = await runNode(platform, ctx.fake, (i) => platform.create.parameters(ctx.fake, tags25[i]), { items: 25 });
			expect(expectSuccess(o)).toHaveLength(25);
			const counts = tags25.map((t) => platform.create.count(ctx.fake, t));
			expect({ lost: tags25.filter((_, i) => counts[i] === 0), duplicated: tags25.filter((_, i) => counts[i] > 1) }).toEqual({ lost: [], duplicated: [] });
			expect(posts(o).filter((r) => r.status === 429).length).toBeGreaterThan(0);
		} finally {
			remove();
		}
	});
});
