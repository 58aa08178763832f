import type { ICredentialDataDecryptedObject, ICredentialType, IHttpRequestOptions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { FakeServer, createExecuteContext } from '@leadchat/testkit';
import { apiRequest, type PlatformSpec } from '../src/http/request';
import { apiPath } from '../src/http/path';
import { retryClock } from '../src/http/retry';

const TOKEN = 'tok_secret_123456';

class DemoApi implements ICredentialType {
	name = 'demoApi';
	displayName = 'Demo';
	properties = [];
	async authenticate(c: ICredentialDataDecryptedObject, o: IHttpRequestOptions) {
		return { ...o, headers: { ...o.headers, 'x-token': String(c.token) } };
	}
}

const platform: PlatformSpec = {
	name: 'Demo',
	credentialType: 'demoApi',
	baseUrl: (c) => String(c.baseUrl),
	retry: { retries: 3 },
	timeoutMs: 300,
};

let server: FakeServer<{ hits: number }>;
let sleeps: number[];
const realSleep = retryClock.sleep;

beforeAll(async () => {
	server = new FakeServer({
		name: 'demo',
		state: { hits: 0 },
		auth: (req) => (req.headers['x-token'] === TOKEN ? undefined : { status: 401, body: { error: 'Invalid Access Token' } }),
		routes: [
			{ method: 'GET', path: '/items/:id', handler: (req) => ({ body: { id: req.params.id, query: req.query } }) },
			{ method: 'POST', path: '/items', handler: (req, s) => (s.hits++, { status: 201, body: { created: req.body } }) },
			{ method: 'DELETE', path: '/items/:id', handler: () => ({ status: 200, body: '' }) },
			{ method: 'GET', path: '/text', handler: () => ({ headers: { 'content-type': 'text/plain' }, body: 'plain words' }) },
			{ method: 'GET', path: '/echo-key', handler: (req) => ({ status: 400, body: { message: `bad key ${req.headers['x-token']}` } }) },
			{ method: 'GET', path: '/validation', handler: () => ({ status: 422, body: { message: 'Email has already been taken', attributes: ['email'] } }) },
		],
	});
	await server.start();
});
afterAll(() => server.stop());
beforeEach(() => {
	server.clearLog();
	server.state.hits = 0;
	sleeps = [];
	retryClock.sleep = async (ms: number) => {
		sleeps.push(ms);
	};
});
afterEach(() => {
	server.clearFaults();
	retryClock.sleep = realSleep;
});

function ctx(token = TOKEN) {
	return createExecuteContext({ credentials: { demoApi: { baseUrl: `${server.url}/`, token } }, credentialTypes: [new DemoApi()] });
}

const call = (req: Parameters<typeof apiRequest>[1], token?: string) => apiRequest.call(ctx(token) as never, platform, req);

async function failure(p: Promise<unknown>): Promise<NodeApiError> {
	try {
		await p;
	} catch (e) {
		return e as NodeApiError;
	}
	throw new Error('expected a failure');
}

describe('apiRequest', () => {
	test('sends method, path, query (empty values dropped, arrays in brackets) and the credential, returns status and parsed body', async () => {
		const res = await call({ method: 'GET', path: apiPath`/items/${'a/b'}`, qs: { q: 'x', empty: '', none: undefined, labels: ['l1', 'l2'] } });
		expect(res.status).toBe(200);
		expect(res.body).toEqual({ id: 'a/b', query: { q: 'x', labels: ['l1', 'l2'] } });
		expect(server.requests).toHaveLength(1);
		const r = server.requests[0];
		expect([r.method, r.rawPath]).toEqual(['GET', '/items/a%2Fb']);
		expect(r.rawQuery).toBe('q=x&labels%5B%5D=l1&labels%5B%5D=l2');
		expect(r.headers['x-token']).toBe(TOKEN);
		expect(r.headers.accept).toBe('application/json');
	});

	test('JSON body for POST', async () => {
		const res = await call({ method: 'POST', path: '/items', body: { name: 'Ana' } });
		expect(res).toMatchObject({ status: 201, body: { created: { name: 'Ana' } } });
		expect(server.requests[0].headers['content-type']).toMatch(/application\/json/);
	});

	test('empty 200 body reads as undefined; text stays text', async () => {
		expect((await call({ method: 'DELETE', path: '/items/1' })).body).toBeUndefined();
		expect((await call({ method: 'GET', path: '/text' })).body).toBe('plain words');
	});

	test('the platform message becomes a NodeApiError with the HTTP code; the item index is kept', async () => {
		const e = await failure(call({ method: 'GET', path: '/validation', itemIndex: 3 }));
		expect(e).toBeInstanceOf(NodeApiError);
		expect(e.message).toBe('Email has already been taken');
		expect(e.httpCode).toBe('422');
		expect(e.description).toBe('Demo answered 422 to GET /validation');
		expect(e.context.itemIndex).toBe(3);
	});

	test('401 with the platform message; a 404 route', async () => {
		const e = await failure(call({ method: 'GET', path: '/items/1' }, 'wrong-token-999'));
		expect([e.message, e.httpCode]).toEqual(['Invalid Access Token', '401']);
		const nf = await failure(call({ method: 'GET', path: '/nothing' }));
		expect([nf.message, nf.httpCode]).toEqual(['Not Found', '404']);
	});

	test('credentials never appear in the error, even when the server echoes them', async () => {
		const e = await failure(call({ method: 'GET', path: '/echo-key' }));
		expect(e.message).toBe('bad key ***');
		expect(JSON.stringify({ m: e.message, d: e.description, r: e.errorResponse })).not.toContain(TOKEN);
	});

	test('429 with Retry-After is retried after the asked delay', async () => {
		server.inject({ status: 429, headers: { 'retry-after': '2' }, body: 'Retry later\n' });
		const res = await call({ method: 'GET', path: '/items/1' });
		expect(res.status).toBe(200);
		expect(sleeps).toEqual([2000]);
		expect(server.requests.map((r) => r.status)).toEqual([429, 200]);
	});

	test('429 without Retry-After backs off exponentially; a POST is retried on 429 (the server did not act)', async () => {
		server.inject({ status: 429, headers: { 'content-type': 'text/plain' }, body: 'Retry later\n' }, { times: 2 });
		retryClock.random = () => 1;
		const res = await call({ method: 'POST', path: '/items', body: { a: 1 } });
		retryClock.random = Math.random;
		expect(res.status).toBe(201);
		expect(sleeps).toEqual([500, 1000]);
		expect(server.state.hits).toBe(1);
	});

	test('429 that keeps coming: gives up after the retries with the platform text', async () => {
		server.inject({ status: 429, headers: { 'content-type': 'text/plain' }, body: 'Retry later\n' }, { times: 4 });
		const e = await failure(call({ method: 'GET', path: '/items/1' }));
		expect([e.message, e.httpCode]).toEqual(['Retry later', '429']);
		expect(server.requests).toHaveLength(4);
		expect(sleeps).toHaveLength(3);
	});

	test('a Retry-After beyond the cap fails at once instead of hanging the workflow', async () => {
		server.inject({ status: 429, headers: { 'retry-after': '3600' }, body: { error: 'slow down' } });
		const e = await failure(call({ method: 'GET', path: '/items/1' }));
		expect(e.message).toBe('slow down');
		expect(sleeps).toEqual([]);
	});

	test('503 is retried for GET but not for POST (the server may have acted)', async () => {
		server.inject({ status: 503, body: { error: 'maintenance' } });
		expect((await call({ method: 'GET', path: '/items/1' })).status).toBe(200);
		server.clearLog();
		server.inject({ status: 503, body: { error: 'maintenance' } });
		const e = await failure(call({ method: 'POST', path: '/items', body: {} }));
		expect([e.message, e.httpCode]).toEqual(['maintenance', '503']);
		expect(server.requests).toHaveLength(1);
	});

	test('an HTML error page is summarised, not pasted', async () => {
		server.inject({ html: true, status: 502 }, { times: 4 });
		const e = await failure(call({ method: 'GET', path: '/items/1' }));
		expect(e.message).toBe('The server answered with an HTML page: 502 Bad Gateway');
		expect(e.httpCode).toBe('502');
	});

	test('malformed JSON in a 200 is a NodeApiError, not a silent string', async () => {
		server.inject({ malformedJson: true });
		const e = await failure(call({ method: 'GET', path: '/items/1' }));
		expect(e).toBeInstanceOf(NodeApiError);
		expect(e.message).toContain('not valid JSON');
	});

	test('a dropped connection is retried for GET, and reported when it persists', async () => {
		server.inject({ drop: true });
		expect((await call({ method: 'GET', path: '/items/1' })).status).toBe(200);
		server.inject({ drop: true }, { times: 4 });
		const e = await failure(call({ method: 'GET', path: '/items/1' }));
		// n8n rewrites connection errors into its own friendly sentence; the code stays in the description.
		expect(e.message).toMatch(/closed unexpectedly|ECONNRESET|socket hang up/);
		expect(e.description).toMatch(/^Demo: ECONNRESET: .* for GET \/items\/1$/);
	});

	test('a POST whose connection dropped is not retried', async () => {
		server.clearFaults();
		server.inject({ drop: true });
		const e = await failure(call({ method: 'POST', path: '/items', body: {} }));
		expect(e).toBeInstanceOf(NodeApiError);
		expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
	});

	test('a slow response times out and is retried', async () => {
		server.inject({ delayMs: 1000 });
		const res = await call({ method: 'GET', path: '/items/1' });
		expect(res.status).toBe(200);
		expect(sleeps).toHaveLength(1);
	});
});
