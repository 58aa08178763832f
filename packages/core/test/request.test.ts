import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { FakeServer, createExecuteContext } from '@leadchat/testkit';
import { apiRequest, type CredentialReads, type PlatformSpec } from '../src/http/request';
import { clockedFetch, collectList, paging, platformFetch } from '../src/lists';
import { apiPath } from '../src/http/path';
import { defineOperation } from '../src/operations/operation';
import { buildProperties } from '../src/operations/router';
import { field } from '../src/descriptions/fields';
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
			{ method: 'GET', path: '/dated/:date', handler: (req) => ({ headers: { date: decodeURIComponent(req.params.date) }, body: { date: req.params.date } }) },
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

const call = (req: Parameters<typeof apiRequest>[1], spec: PlatformSpec | string = platform) =>
	typeof spec === 'string' ? apiRequest.call(ctx(spec) as never, platform, req) : apiRequest.call(ctx() as never, spec, req);

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

	test('platformFetch: a list read outside the router goes through the same request path and gives the bodies', async () => {
		const fetch = platformFetch(ctx() as never, platform);
		const records = await collectList(fetch, { request: () => ({ method: 'GET', path: '/items/7', qs: { q: 'x' } }), paging: paging.whole(), read: (body) => ({ items: [body as IDataObject] }) }, {}, { returnAll: true });
		expect(records).toEqual([{ id: '7', query: { q: 'x' } }]);
		expect(server.requests.map((r) => [r.method, r.rawPath, r.headers['x-token']])).toEqual([['GET', '/items/7', TOKEN]]);
	});

	test('clockedFetch: the bodies, and when the server read the list: its first answer\'s Date less one second', async () => {
		const first = 'Fri, 04 Dec 2026 05:30:07 GMT';
		const clocked = clockedFetch(ctx() as never, platform);
		expect(clocked.readAt()).toBeUndefined();
		expect(await clocked.fetch({ method: 'GET', path: apiPath`/dated/${first}` })).toEqual({ date: first });
		await clocked.fetch({ method: 'GET', path: apiPath`/dated/${'Fri, 04 Dec 2026 05:31:00 GMT'}` });
		// The header has whole seconds and is written after the read: one second earlier is a time at or before the read.
		expect(clocked.readAt()).toBe(Date.parse('2026-12-04T05:30:06.000Z'));
		// No valid Date on the first answer: unknown (the poll keeps the newest record time instead).
		const undated = clockedFetch(ctx() as never, platform);
		await undated.fetch({ method: 'GET', path: apiPath`/dated/${'not a date'}` });
		await undated.fetch({ method: 'GET', path: apiPath`/dated/${first}` });
		expect(undated.readAt()).toBeUndefined();
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

	test('only secret credential values are redacted: settings such as a key location or header name stay readable', async () => {
		const settings = { baseUrl: `${server.url}/`, token: TOKEN, keyLocation: 'query', headerName: 'api_access_token' };
		const context = createExecuteContext({ credentials: { demoApi: settings }, credentialTypes: [new DemoApi()] });
		server.inject({ status: 404, body: { message: `no query here, api_access_token ${TOKEN} unknown` } }, { times: 2 });
		// Declared by the platform…
		const declared = await failure(apiRequest.call(context as never, { ...platform, secretFields: ['token'] }, { method: 'GET', path: '/items/query' }));
		expect(declared.message).toBe('no query here, api_access_token *** unknown');
		expect(declared.description).toBe('Demo answered 404 to GET /items/query');
		// …or, when not declared, by the property names (token, key, secret, password).
		const byName = await failure(apiRequest.call(context as never, platform, { method: 'GET', path: '/items/query' }));
		expect(byName.message).toBe('no query here, api_access_token *** unknown');
	});

	test('a secret in the form it travels (wireSecrets, e.g. an HTTP Basic value) is redacted too', async () => {
		const basic = Buffer.from(`id:${TOKEN}`).toString('base64');
		const context = createExecuteContext({ credentials: { demoApi: { baseUrl: `${server.url}/`, token: TOKEN } }, credentialTypes: [new DemoApi()] });
		server.inject({ status: 401, body: { message: `rejected Authorization: Basic ${basic}` } }, { times: 2 });
		const redacted = await failure(apiRequest.call(context as never, { ...platform, wireSecrets: (c) => [Buffer.from(`id:${String(c.token)}`).toString('base64')] }, { method: 'GET', path: '/items/1' }));
		expect(redacted.message).toBe('rejected Authorization: Basic ***');
		// Without it, the encoded form is not a credential value and goes through.
		const plain = await failure(apiRequest.call(context as never, platform, { method: 'GET', path: '/items/1' }));
		expect(plain.message).toBe(`rejected Authorization: Basic ${basic}`);
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
		expect(sleeps).toEqual([1000, 2000]);
		expect(server.state.hits).toBe(1);
	});

	test.each([0, 0.137, 0.597, 0.999])('with jitter %s the waits after 429s add up to at least the window', async (jitter) => {
		server.inject({ status: 429, body: 'Retry later\n' }, { times: 100 });
		retryClock.random = () => jitter;
		await failure(call({ method: 'GET', path: '/items/1' }));
		retryClock.random = Math.random;
		expect(sleeps.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(60000);
	});

	test("429 that keeps coming is retried until the platform's rate-limit window is waited out, then gives up with the platform text", async () => {
		// Chatwoot's throttle lasts a minute and sends no Retry-After: three short retries (2–3.5 s)
		// stopped a 500-item run at item 301. The waits now add up to the window.
		server.inject({ status: 429, headers: { 'content-type': 'text/plain' }, body: 'Retry later\n' }, { times: 100 });
		retryClock.random = () => 1;
		const e = await failure(call({ method: 'POST', path: '/items', body: {} }));
		retryClock.random = Math.random;
		expect([e.message, e.httpCode]).toEqual(['Retry later', '429']);
		expect(sleeps).toEqual([1000, 2000, 4000, 8000, 15000, 15000, 15000]);
		expect(sleeps.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(60000);
		expect(server.requests).toHaveLength(8);
		expect(server.state.hits).toBe(0);
	});

	test('a platform declares its own rate-limit window', async () => {
		server.inject({ status: 429, body: 'Retry later\n' }, { times: 100 });
		retryClock.random = () => 1;
		const e = await failure(call({ method: 'GET', path: '/items/1' }, { ...platform, retry: { rateLimitWindowMs: 5000 } }));
		retryClock.random = Math.random;
		expect(e.httpCode).toBe('429');
		expect(sleeps).toEqual([1000, 2000, 4000]);
	});

	test('a recovering throttle: every 429 retried, the create made once', async () => {
		server.inject({ status: 429, body: 'Retry later\n' }, { times: 6 });
		const res = await call({ method: 'POST', path: '/items', body: { a: 1 } });
		expect(res.status).toBe(201);
		expect(server.requests.map((r) => r.status)).toEqual([429, 429, 429, 429, 429, 429, 201]);
		expect(server.state.hits).toBe(1);
	});

	test('Retry-After: 0 over and over still ends (each wait counts at least a second against the window)', async () => {
		server.inject({ status: 429, headers: { 'retry-after': '0' }, body: 'Retry later\n' }, { times: 200 });
		const e = await failure(call({ method: 'GET', path: '/items/1' }));
		expect(e.httpCode).toBe('429');
		expect(sleeps).toHaveLength(60);
		expect(new Set(sleeps)).toEqual(new Set([0]));
	});

	test('a negative Retry-After is ignored (own backoff), not read as a date in the past', async () => {
		server.inject({ status: 429, headers: { 'retry-after': '-5' }, body: 'Retry later\n' });
		retryClock.random = () => 0;
		await call({ method: 'GET', path: '/items/1' });
		retryClock.random = Math.random;
		expect(sleeps).toEqual([500]);
	});

	test('503 with a Retry-After uses it and still counts against the retries', async () => {
		server.inject({ status: 503, headers: { 'retry-after': '1' }, body: { error: 'maintenance' } }, { times: 10 });
		const e = await failure(call({ method: 'GET', path: '/items/1' }));
		expect(e.httpCode).toBe('503');
		expect(sleeps).toEqual([1000, 1000, 1000]);
		expect(server.requests).toHaveLength(4);
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

describe('API families as data', () => {
	class AdminApi implements ICredentialType {
		name = 'adminApi';
		displayName = 'Admin';
		properties = [];
		async authenticate(c: ICredentialDataDecryptedObject, o: IHttpRequestOptions) {
			return { ...o, headers: { ...o.headers, 'x-token': String(c.adminToken) } };
		}
	}
	const withFamilies: PlatformSpec<'account' | 'admin' | 'root'> = {
		...platform,
		families: {
			account: { prefix: async function (req, credentials) {
				const chosen = (this as unknown as { getNodeParameter(n: string, i: number, f: unknown): unknown }).getNodeParameter('accountId', req.itemIndex ?? 0, '');
				return `/accounts/${String(chosen || credentials.accountId)}`;
			} },
			admin: { prefix: '/admin', credentialType: 'adminApi' },
			root: { prefix: '' },
		},
		defaultFamily: 'account',
	};
	const context = (parameters: Record<string, unknown> = {}) =>
		createExecuteContext({
			parameters,
			credentials: { demoApi: { baseUrl: server.url, token: TOKEN, accountId: 3 }, adminApi: { baseUrl: server.url, adminToken: TOKEN } },
			credentialTypes: [new DemoApi(), new AdminApi()],
		});

	test('the default family prefixes the path from the credential, or from the node parameter', async () => {
		await apiRequest.call(context() as never, withFamilies, { method: 'GET', path: '/items/1' }).catch(() => undefined);
		await apiRequest.call(context({ accountId: '9' }) as never, withFamilies, { method: 'GET', path: '/items/1', itemIndex: 0 }).catch(() => undefined);
		expect(server.requests.map((r) => r.path)).toEqual(['/accounts/3/items/1', '/accounts/9/items/1']);
	});

	test("a family with its own credential type sends that credential's auth", async () => {
		const res = await apiRequest.call(context() as never, withFamilies, { method: 'GET', path: '/items/x', family: 'root' });
		expect(res.status).toBe(200);
		await apiRequest.call(context() as never, withFamilies, { method: 'GET', path: '/items/2', family: 'admin' }).catch(() => undefined);
		expect(server.requests.map((r) => r.path)).toEqual(['/items/x', '/admin/items/2']);
		expect(server.requests[1].headers['x-token']).toBe(TOKEN);
	});

	test('messageOf is told the request as the node asked for it: its family (the default one when none is named) and its path before the prefix', async () => {
		const seen: unknown[] = [];
		const spec: PlatformSpec<'account' | 'admin' | 'root'> = {
			...withFamilies,
			messageOf: (_body, status, request) => {
				seen.push({ status, request });
				return `${request?.family} route ${request?.path} answered ${status}`;
			},
		};
		const error = await apiRequest.call(context() as never, spec, { method: 'GET', path: '/nothing/here' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as NodeApiError).message).toBe('account route /nothing/here answered 404');
		expect(seen).toEqual([{ status: 404, request: { method: 'GET', path: '/nothing/here', family: 'account' } }]);
		expect(server.requests.map((r) => r.path)).toEqual(['/accounts/3/nothing/here']);
	});

	test('an unknown family is a programming error, not a request', async () => {
		await expect(apiRequest.call(context() as never, withFamilies, { method: 'GET', path: '/items/1', family: 'nope' })).rejects.toThrow('Demo has no API family "nope"');
		expect(server.requests).toEqual([]);
	});
});

describe('a platform reads its success envelope once', () => {
	test('readBody unwraps JSON bodies, not binary ones', async () => {
		const enveloped: PlatformSpec = { ...platform, readBody: (body) => (body as { id?: string; query?: unknown })?.query ?? body };
		const res = await apiRequest.call(ctx() as never, enveloped, { method: 'GET', path: '/items/7', qs: { a: '1' } });
		expect(res.body).toEqual({ a: '1' });
		expect(server.requests).toHaveLength(1);
	});
});

describe('buildProperties', () => {
	test('node-wide fields can stand after the operation dropdowns, before the operation fields', () => {
		const op = defineOperation({ resource: 'r', operation: 'get', name: 'Get', action: 'Get', fields: [field.string('x', 'X')], request: () => ({ method: 'GET', path: '/x' }) });
		const props = buildProperties([{ value: 'r', name: 'R', operations: [op] }], [], [{ displayName: 'Website', name: 'websiteId', type: 'string', default: '' }]);
		expect(props.map((p) => p.name)).toEqual(['resource', 'operation', 'websiteId', 'x']);
	});
});

describe('throttle statuses', () => {
	test("a platform's own throttle status (Crisp's 420) is retried like 429, for a create too, until the window is waited out", async () => {
		server.inject({ status: 420, body: { error: true, reason: 'quota_limit_exceeded', data: {} } }, { times: 3 });
		const crispLike: PlatformSpec = { ...platform, retry: { throttleStatuses: [420, 429] } };
		const res = await apiRequest.call(ctx() as never, crispLike, { method: 'POST', path: '/items', body: { a: 1 } });
		expect(res.status).toBe(201);
		expect(server.requests.map((r) => r.status)).toEqual([420, 420, 420, 201]);
		expect(server.state.hits).toBe(1);
		// Without it, 420 is an ordinary error: a create fails at once.
		server.clearLog();
		server.inject({ status: 420, body: { reason: 'quota_limit_exceeded' } });
		const e = await failure(call({ method: 'POST', path: '/items', body: {} }));
		expect(e.httpCode).toBe('420');
		expect(server.requests).toHaveLength(1);
	});
});

describe('the credential reads of one list walk', () => {
	it('requests sharing one CredentialReads read the credential once per item; without it, every request reads it', async () => {
		const one = ctx();
		const reads = jest.spyOn(one, 'getCredentials');
		const credentialReads: CredentialReads = new Map();
		for (let i = 0; i < 5; i++) await apiRequest.call(one as never, platform, { method: 'GET', path: `/items/${i}`, itemIndex: 0, credentialReads });
		expect(reads.mock.calls).toEqual([['demoApi', 0]]);
		await apiRequest.call(one as never, platform, { method: 'GET', path: '/items/5', itemIndex: 1, credentialReads });
		expect(reads.mock.calls).toEqual([
			['demoApi', 0],
			['demoApi', 1],
		]);
		// Without it (a poll context lives as long as the trigger is active): a fresh read each time.
		await apiRequest.call(one as never, platform, { method: 'GET', path: '/items/6', itemIndex: 0 });
		await apiRequest.call(one as never, platform, { method: 'GET', path: '/items/7', itemIndex: 0 });
		expect(reads).toHaveBeenCalledTimes(4);
		expect(server.requests.map((r) => r.path)).toEqual(['/items/0', '/items/1', '/items/2', '/items/3', '/items/4', '/items/5', '/items/6', '/items/7']);
	});

	it("the credential read is handed to n8n's httpRequestWithAuthentication (credentialsDecrypted), a copy named as the node names it", async () => {
		const one = ctx();
		const send = jest.spyOn(one.helpers as { httpRequestWithAuthentication: (...args: unknown[]) => Promise<unknown> }, 'httpRequestWithAuthentication');
		const credentialReads: CredentialReads = new Map();
		await apiRequest.call(one as never, platform, { method: 'GET', path: '/items/1', credentialReads });
		const read = await credentialReads.values().next().value;
		const [type, , additional] = send.mock.calls[0] as [string, unknown, { credentialsDecrypted: { id: string; name: string; type: string; data: ICredentialDataDecryptedObject } }];
		expect(type).toBe('demoApi');
		expect(additional.credentialsDecrypted).toEqual({ id: 'cred-demoApi', name: 'demoApi account', type: 'demoApi', data: { baseUrl: `${server.url}/`, token: TOKEN } });
		expect(additional.credentialsDecrypted.data).toEqual(read);
		expect(additional.credentialsDecrypted.data).not.toBe(read);
		expect(server.requests[0].headers['x-token']).toBe(TOKEN);
	});

	it('each platformFetch is one walk: its pages read the credential once, the next walk reads it again', async () => {
		const one = ctx();
		const reads = jest.spyOn(one, 'getCredentials');
		const fetch = platformFetch(one as never, platform);
		await fetch({ method: 'GET', path: '/items/1' });
		await fetch({ method: 'GET', path: '/items/2' });
		expect(reads).toHaveBeenCalledTimes(1);
		const next = clockedFetch(one as never, platform);
		await next.fetch({ method: 'GET', path: '/items/3' });
		await next.fetch({ method: 'GET', path: '/items/4' });
		expect(reads).toHaveBeenCalledTimes(2);
	});

	it('a read that failed is not kept: the next request of the walk reads again', async () => {
		const one = ctx();
		const real = one.getCredentials.bind(one);
		const reads = jest.spyOn(one, 'getCredentials').mockRejectedValueOnce(new Error('database busy')).mockImplementation(real);
		const credentialReads: CredentialReads = new Map();
		await expect(apiRequest.call(one as never, platform, { method: 'GET', path: '/items/1', credentialReads })).rejects.toThrow('database busy');
		expect((await apiRequest.call(one as never, platform, { method: 'GET', path: '/items/2', credentialReads })).body).toEqual({ id: '2', query: {} });
		expect(reads).toHaveBeenCalledTimes(2);
		expect(server.requests.map((r) => r.path)).toEqual(['/items/2']);
	});
});
