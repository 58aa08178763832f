import axios, { type AxiosError } from 'axios';
import type { ICredentialDataDecryptedObject, ICredentialType, IHttpRequestOptions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { FakeServer, createExecuteContext, findSecretLeaks, type FakeRequest } from '../src';

import { API_TOKEN, DemoApi, createDemoServer, type DemoState } from './fixtures';

type Echo = {
	method: string;
	rawQuery: string;
	query: Record<string, string | string[]>;
	headers: Record<string, string>;
	body: unknown;
};

describe('helpers.httpRequest', () => {
	let server: FakeServer<DemoState>;
	let base: string;

	beforeEach(async () => {
		server = createDemoServer();
		base = await server.start();
	});
	afterEach(async () => {
		await server.stop();
	});

	it('serializes qs arrays with indices by default and honours arrayFormat', async () => {
		const ctx = createExecuteContext();
		const qs = { labels: ['vip', 'new lead'], page: 2 };
		const indices = (await ctx.helpers.httpRequest({ url: `${base}/echo`, qs })) as Echo;
		expect(indices.rawQuery).toBe('labels%5B0%5D=vip&labels%5B1%5D=new%20lead&page=2');
		expect(indices.query).toEqual({ labels: ['vip', 'new lead'], page: '2' });

		const brackets = (await ctx.helpers.httpRequest({ url: `${base}/echo`, qs, arrayFormat: 'brackets' })) as Echo;
		expect(brackets.rawQuery).toBe('labels%5B%5D=vip&labels%5B%5D=new%20lead&page=2');
		expect(brackets.query).toEqual({ labels: ['vip', 'new lead'], page: '2' });

		const repeat = (await ctx.helpers.httpRequest({ url: `${base}/echo`, qs, arrayFormat: 'repeat' })) as Echo;
		expect(repeat.rawQuery).toBe('labels=vip&labels=new%20lead&page=2');
		expect(repeat.query).toEqual({ labels: ['vip', 'new lead'], page: '2' });

		const comma = (await ctx.helpers.httpRequest({ url: `${base}/echo`, qs, arrayFormat: 'comma' })) as Echo;
		expect(comma.rawQuery).toBe('labels=vip%2Cnew%20lead&page=2');

		expect(ctx.log.map((entry) => entry.url)).toEqual([
			`${base}/echo?labels%5B0%5D=vip&labels%5B1%5D=new%20lead&page=2`,
			`${base}/echo?labels%5B%5D=vip&labels%5B%5D=new%20lead&page=2`,
			`${base}/echo?labels=vip&labels=new%20lead&page=2`,
			`${base}/echo?labels=vip%2Cnew%20lead&page=2`,
		]);
	});

	it('sends object bodies as JSON, strings and Buffers as is, and drops empty bodies', async () => {
		const ctx = createExecuteContext();
		const json = (await ctx.helpers.httpRequest({ method: 'POST', url: `${base}/echo`, body: { name: 'Ada', n: 1 } })) as Echo;
		expect(json.headers['content-type']).toBe('application/json');
		expect(json.body).toEqual({ name: 'Ada', n: 1 });

		const text = (await ctx.helpers.httpRequest({
			method: 'POST',
			url: `${base}/echo`,
			body: 'hello=world',
			headers: { 'Content-Type': 'text/plain' },
		})) as Echo;
		expect(text.body).toBe('hello=world');

		await ctx.helpers.httpRequest({
			method: 'PUT',
			url: `${base}/echo`,
			body: Buffer.from([1, 2, 3]),
			headers: { 'Content-Type': 'application/octet-stream' },
		});
		expect([...server.lastRequest()!.rawBody]).toEqual([1, 2, 3]);

		await ctx.helpers.httpRequest({ method: 'POST', url: `${base}/echo`, body: {} });
		expect(server.lastRequest()!.rawBody.length).toBe(0);
		expect(server.lastRequest()!.headers['content-type']).toBeUndefined();

		await ctx.helpers.httpRequest({ method: 'GET', url: `${base}/echo`, body: { ignored: true } });
		expect(server.lastRequest()!.rawBody.length).toBe(0);
	});

	it('an explicit urlencoded content type turns an object body into a form', async () => {
		const ctx = createExecuteContext();
		const res = (await ctx.helpers.httpRequest({
			method: 'POST',
			url: `${base}/echo`,
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: { name: 'Ada Lovelace', email: 'ada@example.com' },
		})) as Echo;
		expect(server.lastRequest()!.rawBody.toString()).toBe('name=Ada+Lovelace&email=ada%40example.com');
		expect(res.body).toEqual({ name: 'Ada Lovelace', email: 'ada@example.com' });
	});

	it('applies n8n request defaults: User-Agent n8n, Accept for json:true, baseURL, full response', async () => {
		const ctx = createExecuteContext();
		const full = await ctx.helpers.httpRequest({
			baseURL: `${base}/`,
			url: '/echo',
			json: true,
			returnFullResponse: true,
		});
		expect(full.statusCode).toBe(200);
		expect(full.statusMessage).toBe('OK');
		expect(full.headers['content-type']).toBe('application/json; charset=utf-8');
		expect(full.body.headers['user-agent']).toBe('n8n');
		expect(full.body.headers.accept).toBe('application/json');
		expect(ctx.log[0]).toMatchObject({ method: 'GET', url: `${base}/echo`, status: 200 });

		const custom = (await ctx.helpers.httpRequest({
			url: `${base}/echo`,
			headers: { 'user-agent': 'mine', Accept: 'text/csv' },
			json: true,
		})) as Echo;
		expect(custom.headers['user-agent']).toBe('mine');
		expect(custom.headers.accept).toBe('text/csv');
	});

	it('parses JSON by content (like axios in n8n) and returns "" for empty bodies', async () => {
		const ctx = createExecuteContext();
		await expect(ctx.helpers.httpRequest({ url: `${base}/empty` })).resolves.toBe('');
		await expect(ctx.helpers.httpRequest({ url: `${base}/json-as-text` })).resolves.toEqual({ a: 1 });
		await expect(ctx.helpers.httpRequest({ url: `${base}/text` })).resolves.toBe('plain text');
	});
});

describe('helpers.httpRequestWithAuthentication', () => {
	let server: FakeServer<DemoState>;
	let base: string;

	beforeEach(async () => {
		server = createDemoServer({ withAuth: true });
		base = await server.start();
	});
	afterEach(async () => {
		await server.stop();
	});

	it('applies a generic authenticate (headers + qs with expressions)', async () => {
		const ctx = createExecuteContext({
			credentials: { demoApi: { baseUrl: base, apiToken: API_TOKEN, region: 'us' } },
			credentialTypes: [new DemoApi()],
		});
		const res = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, 'demoApi', {
			url: `${base}/echo`,
			qs: { page: 1 },
		})) as Echo;
		expect(res.headers.api_access_token).toBe(API_TOKEN);
		expect(res.query).toEqual({ page: '1', region: 'US' });

		// The log records the call, with the credential redacted.
		expect(ctx.log[0]).toMatchObject({
			method: 'GET',
			url: `${base}/echo?page=1&region=US`,
			credentialType: 'demoApi',
			status: 200,
		});
		expect(ctx.log[0].headers.api_access_token).toBe('**hidden**');
		expect(findSecretLeaks(ctx.log, [API_TOKEN])).toEqual([]);
	});

	it('fills credential defaults from the type (region defaults to eu)', async () => {
		const ctx = createExecuteContext({
			credentials: { demoApi: { baseUrl: base, apiToken: API_TOKEN } },
			credentialTypes: [DemoApi],
		});
		const res = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, 'demoApi', { url: `${base}/echo` })) as Echo;
		expect(res.query).toEqual({ region: 'EU' });
		expect(await ctx.getCredentials('demoApi')).toEqual({ baseUrl: base, apiToken: API_TOKEN, region: 'eu' });
	});

	it('applies basic auth, body values and computed header expressions', async () => {
		class BasicApi implements ICredentialType {
			name = 'basicApi';
			displayName = 'Basic';
			properties: ICredentialType['properties'] = [
				{ displayName: 'User', name: 'user', type: 'string', default: '' },
				{ displayName: 'Password', name: 'password', type: 'string', typeOptions: { password: true }, default: '' },
			];
			authenticate = {
				type: 'generic' as const,
				properties: {
					auth: { username: '={{$credentials.user}}', password: '={{$credentials.password}}' },
					headers: { 'X-Client': '=n8n-{{ $credentials.user.split("@")[0] }}', 'X-Static': 'fixed' },
					body: { api_key: '={{ $credentials.password }}' },
				},
			};
		}
		const ctx = createExecuteContext({
			credentials: { basicApi: { user: 'ana@example.com', password: 'pässw0rd:x' } },
			credentialTypes: [BasicApi],
		});
		const res = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, 'basicApi', {
			method: 'POST',
			url: `${base}/public`.replace('/public', '/echo'),
			headers: { api_access_token: API_TOKEN },
			body: { hello: 'world' },
		})) as Echo;
		const expected = `Basic ${Buffer.from('ana@example.com:pässw0rd:x').toString('base64')}`;
		expect(res.headers.authorization).toBe(expected);
		expect(res.headers['x-client']).toBe('n8n-ana');
		expect(res.headers['x-static']).toBe('fixed');
		expect(res.body).toEqual({ hello: 'world', api_key: 'pässw0rd:x' });
		expect(findSecretLeaks(ctx.log, ['pässw0rd:x'])).toEqual([]);
	});

	it('calls an authenticate function with (credentials, requestOptions)', async () => {
		const seen: IHttpRequestOptions[] = [];
		const fnType: ICredentialType = {
			name: 'fnApi',
			displayName: 'Fn',
			properties: [],
			authenticate: async (credentials: ICredentialDataDecryptedObject, options: IHttpRequestOptions) => {
				seen.push(options);
				return { ...options, headers: { ...options.headers, api_access_token: credentials.token as string } };
			},
		};
		const ctx = createExecuteContext({ credentials: { fnApi: { token: API_TOKEN } }, credentialTypes: [fnType] });
		const res = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, 'fnApi', {
			url: `${base}/echo`,
			headers: { 'X-Mine': '1' },
		})) as Echo;
		expect(res.headers.api_access_token).toBe(API_TOKEN);
		expect(res.headers['x-mine']).toBe('1');
		expect(seen[0]).toMatchObject({ url: `${base}/echo`, headers: { 'X-Mine': '1' } });
		expect(ctx.log[0].headers.api_access_token).toBe('**hidden**');
	});

	it('keeps credentials out of thrown errors and of the log', async () => {
		server.inject({ status: 500, body: { error: 'down' } });
		const ctx = createExecuteContext({
			credentials: { demoApi: { baseUrl: base, apiToken: API_TOKEN } },
			credentialTypes: [DemoApi],
		});
		const error = await ctx.helpers
			.httpRequestWithAuthentication.call(ctx, 'demoApi', { url: `${base}/echo`, qs: { token_copy: API_TOKEN } })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(NodeApiError);
		// The server did receive the token...
		expect(server.lastRequest()!.headers.api_access_token).toBe(API_TOKEN);
		// ...but nothing reachable from the error (cause, config, request, response) contains it.
		expect(findSecretLeaks(error, [API_TOKEN])).toEqual([]);
		expect(findSecretLeaks(JSON.parse(JSON.stringify((error as NodeApiError).cause)), [API_TOKEN])).toEqual([]);
		expect(((error as NodeApiError).cause as AxiosError).config!.headers!.api_access_token).toBe('**hidden**');
		expect(findSecretLeaks(ctx.log, [API_TOKEN])).toEqual([]);

		// Plain httpRequest with a token the node put in the headers itself is redacted too.
		server.inject({ status: 500 });
		const plain = await ctx.helpers
			.httpRequest({ url: `${base}/echo`, headers: { Authorization: `Bearer ${API_TOKEN}`, api_access_token: API_TOKEN } })
			.catch((e: unknown) => e);
		expect((plain as AxiosError).response!.status).toBe(500);
		expect(findSecretLeaks(plain, [API_TOKEN])).toEqual([]);

		// Control: the leak detector does find the token in an unsanitized axios error.
		server.inject({ status: 500 });
		const raw = await axios
			.get(`${base}/echo`, { headers: { api_access_token: API_TOKEN } })
			.catch((e: unknown) => e);
		expect(findSecretLeaks(raw, [API_TOKEN]).length).toBeGreaterThan(0);
	});

	it('retries once on 401 like n8n does (preAuthentication hook point)', async () => {
		const ctx = createExecuteContext({
			credentials: { demoApi: { baseUrl: base, apiToken: 'wrong-token' } },
			credentialTypes: [DemoApi],
		});
		const error = (await ctx.helpers
			.httpRequestWithAuthentication.call(ctx, 'demoApi', { url: `${base}/api/v1/accounts/1/contacts/1` })
			.catch((e: unknown) => e)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.httpCode).toBe('401');
		expect(error.message).toBe('Authorization failed - please check your credentials');
		expect(server.requests.map((r) => r.status)).toEqual([401, 401]);
	});

	it('runs preAuthentication for an empty expirable token and again after a 401', async () => {
		let issued = 0;
		server.addRoute({
			method: 'POST',
			path: '/auth/token',
			skipAuth: true,
			handler: () => ({ body: { token: issued++ === 0 ? 'stale-token' : API_TOKEN } }),
		});
		const preAuthType: ICredentialType = {
			name: 'sessionApi',
			displayName: 'Session',
			properties: [
				{ displayName: 'Base', name: 'baseUrl', type: 'string', default: '' },
				{ displayName: 'Session', name: 'sessionToken', type: 'hidden', typeOptions: { expirable: true }, default: '' },
			],
			async preAuthentication(this, credentials) {
				const res = (await this.helpers.httpRequest({ method: 'POST', url: `${credentials.baseUrl}/auth/token` })) as {
					token: string;
				};
				return { sessionToken: res.token };
			},
			authenticate: { type: 'generic', properties: { headers: { api_access_token: '={{$credentials.sessionToken}}' } } },
		};
		const ctx = createExecuteContext({ credentials: { sessionApi: { baseUrl: base } }, credentialTypes: [preAuthType] });
		const res = await ctx.helpers.httpRequestWithAuthentication.call(ctx, 'sessionApi', {
			url: `${base}/api/v1/accounts/1/contacts/1`,
		});
		expect(res).toMatchObject({ payload: { name: 'Ada' } });
		expect(server.requests.map((r) => `${r.rawPath} ${r.status}`)).toEqual([
			'/auth/token 200',
			'/api/v1/accounts/1/contacts/1 401',
			'/auth/token 200',
			'/api/v1/accounts/1/contacts/1 200',
		]);
		expect(ctx.credentialStore.sessionApi.sessionToken).toBe(API_TOKEN);
	});

	it('passes the execution cancel signal like n8n (cancelled requests are not sent)', async () => {
		const ctx = createExecuteContext({
			credentials: { demoApi: { baseUrl: base, apiToken: API_TOKEN } },
			credentialTypes: [DemoApi],
		});
		ctx.cancelExecution();
		expect(ctx.getExecutionCancelSignal()!.aborted).toBe(true);
		const error = (await ctx.helpers
			.httpRequestWithAuthentication.call(ctx, 'demoApi', { url: `${base}/echo` })
			.catch((e: unknown) => e)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error.cause as AxiosError).code).toBe('ERR_CANCELED');
		expect(server.requests).toHaveLength(0);
	});

	it('fails clearly for missing credentials or unregistered credential types', async () => {
		const none = createExecuteContext();
		const noCreds = (await none.helpers
			.httpRequestWithAuthentication.call(none, 'demoApi', { url: `${base}/echo` })
			.catch((e: unknown) => e)) as NodeApiError;
		expect(noCreds).toBeInstanceOf(NodeApiError);
		expect(noCreds.message).toBe('Node does not have any credentials set');

		const unregistered = createExecuteContext({ credentials: { demoApi: { apiToken: API_TOKEN } } });
		await expect(
			unregistered.helpers.httpRequestWithAuthentication.call(unregistered, 'demoApi', { url: `${base}/echo` }),
		).rejects.toThrow(/credential type "demoApi" is not registered/);
		expect(server.requests).toHaveLength(0);
		await expect(none.getCredentials('demoApi')).rejects.toBeInstanceOf(NodeOperationError);
		await expect(unregistered.getCredentials('otherApi')).rejects.toThrow('Node does not have any credentials set for "otherApi"');
	});
});

describe('fake request typing helper', () => {
	it('FakeRequest is exported for handler authors', () => {
		const req: Partial<FakeRequest> = { method: 'GET' };
		expect(req.method).toBe('GET');
	});
});
