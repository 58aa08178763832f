/**
 * The fault controls the suite builds on: FakeServer.intercept (testkit) and the fixed-window
 * throttle, over plain HTTP.
 */
import { FakeServer, httpSend } from '@leadchat/testkit';

import { fixedWindowThrottle } from '../src';

let server: FakeServer<{ items: string[] }>;
let base: string;

beforeEach(async () => {
	server = new FakeServer({
		name: 'demo',
		state: { items: ['a', 'b'] },
		routes: [
			{ method: 'GET', path: '/items', name: 'items.list', handler: (_req, s) => ({ body: s.items }) },
			{ method: 'POST', path: '/items', name: 'items.create', handler: (req, s) => (s.items.push(String(req.body)), { status: 201, body: { ok: true } }) },
		],
	});
	base = await server.start();
});
afterEach(() => server.stop());

describe('FakeServer.intercept', () => {
	test('sees the matched route, may change the state before the handler runs, and is removed by its return value', async () => {
		const seen: Array<string | undefined> = [];
		const remove = server.intercept((req, next, s) => {
			seen.push(req.route);
			s.state.items.push('added');
			return next();
		});
		expect((await httpSend(`${base}/items`)).body).toEqual(['a', 'b', 'added']);
		expect((await httpSend(`${base}/nowhere`)).status).toBe(404);
		remove();
		expect((await httpSend(`${base}/items`)).body).toEqual(['a', 'b', 'added', 'added']);
		expect(seen).toEqual(['items.list', undefined]);
	});

	test('may answer instead of the route: the handler does not run, the log keeps the status and the route', async () => {
		server.intercept(() => ({ status: 429, body: 'slow down' }));
		const res = await httpSend(`${base}/items`, { method: 'POST', body: 'c', headers: { 'content-type': 'text/plain' } });
		expect([res.status, res.text]).toEqual([429, 'slow down']);
		expect(server.state.items).toEqual(['a', 'b']);
		expect(server.requests.map((r) => [r.route, r.status])).toEqual([['items.create', 429]]);
	});

	test('may let the handler act, then drop the connection (the client never learns the outcome)', async () => {
		server.intercept(async (_req, next) => {
			await next();
			return 'drop' as const;
		});
		const error = await httpSend(`${base}/items`, { method: 'POST', body: 'c', headers: { 'content-type': 'text/plain' } }).catch((e: Error) => e);
		expect(error).toMatchObject({ code: 'ECONNRESET' });
		expect(server.state.items).toEqual(['a', 'b', 'c']);
		expect(server.requests.map((r) => r.status)).toEqual([0]);
	});

	test('interceptors nest: the first added is the outermost', async () => {
		const order: string[] = [];
		server.intercept(async (_req, next) => (order.push('outer'), next()));
		server.intercept(async (_req, next) => (order.push('inner'), next()));
		await httpSend(`${base}/items`);
		expect(order).toEqual(['outer', 'inner']);
	});

	test('injected faults still come first', async () => {
		server.intercept(() => ({ status: 418 }));
		server.inject({ status: 503 });
		expect((await httpSend(`${base}/items`)).status).toBe(503);
		expect((await httpSend(`${base}/items`)).status).toBe(418);
	});
});

describe('fixedWindowThrottle', () => {
	test('lets `limit` requests per key through in each window, throttled ones count too', async () => {
		let now = 0;
		fixedWindowThrottle(server, { limit: 2, windowMs: 1000, clock: () => now, response: { status: 429, body: 'wait' }, keyOf: (r) => r.headers['x-key'] ?? '' });
		const get = async (key: string) => (await httpSend(`${base}/items`, { headers: { 'x-key': key } })).status;
		expect([await get('a'), await get('a'), await get('a'), await get('b')]).toEqual([200, 200, 429, 200]);
		now = 999;
		expect(await get('a')).toBe(429);
		now = 1000;
		expect([await get('a'), await get('a'), await get('a')]).toEqual([200, 200, 429]);
	});
});
