import { AxiosError } from 'axios';
import { NodeApiError } from 'n8n-workflow';

import { FakeServer, createExecuteContext, httpStatusOf } from '../src';

import { API_TOKEN, DemoApi, createDemoServer, type DemoState } from './fixtures';

describe('fault injection seen through helpers.httpRequest', () => {
	let server: FakeServer<DemoState>;
	let base: string;
	const ctx = () => createExecuteContext();

	beforeEach(async () => {
		server = createDemoServer();
		base = await server.start();
	});
	afterEach(async () => {
		await server.stop();
	});

	it('429 with Retry-After: AxiosError with response status, headers and data', async () => {
		server.inject({ status: 429, headers: { 'Retry-After': '2' }, body: { error: 'Too Many Requests' } });
		const error = await ctx().helpers.httpRequest({ url: `${base}/echo` }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(AxiosError);
		expect(error).toMatchObject({
			message: 'Request failed with status code 429',
			code: 'ERR_BAD_REQUEST',
			response: { status: 429, data: { error: 'Too Many Requests' } },
		});
		expect((error as AxiosError).response!.headers['retry-after']).toBe('2');
		expect(httpStatusOf(error)).toBe(429);
		expect(server.lastRequest()).toMatchObject({ status: 429, fault: 'status' });

		// consumed: the next call goes through
		await expect(ctx().helpers.httpRequest({ url: `${base}/text` })).resolves.toBe('plain text');
		expect(server.pendingFaults).toBe(0);
	});

	it('429 without Retry-After', async () => {
		server.inject({ status: 429 });
		const error = (await ctx().helpers.httpRequest({ url: `${base}/echo` }).catch((e: unknown) => e)) as AxiosError;
		expect(error.response!.status).toBe(429);
		expect(error.response!.headers['retry-after']).toBeUndefined();
		expect(error.response!.data).toBe('');
	});

	it('5xx responses (times + match on method/path)', async () => {
		server.inject({ status: 503, body: { message: 'maintenance' } }, { times: 2, match: { method: 'GET', path: '/echo' } });
		const c = ctx();
		// a non-matching request is not affected and does not consume the fault
		await expect(c.helpers.httpRequest({ url: `${base}/text` })).resolves.toBe('plain text');
		for (let i = 0; i < 2; i++) {
			await expect(c.helpers.httpRequest({ url: `${base}/echo` })).rejects.toMatchObject({
				code: 'ERR_BAD_RESPONSE',
				response: { status: 503, data: { message: 'maintenance' } },
			});
		}
		await expect(c.helpers.httpRequest({ url: `${base}/echo` })).resolves.toMatchObject({ path: '/echo' });
		expect(server.requests.map((r) => r.status)).toEqual([200, 503, 503, 200]);
	});

	it('faults match route patterns and regular expressions', async () => {
		server.inject({ status: 500 }, { match: { path: '/api/v1/accounts/:accountId/contacts/:id' } });
		server.inject({ status: 502 }, { match: { path: /\/text$/ } });
		const c = ctx();
		await expect(c.helpers.httpRequest({ url: `${base}/text` })).rejects.toMatchObject({ response: { status: 502 } });
		await expect(c.helpers.httpRequest({ url: `${base}/api/v1/accounts/1/contacts/1` })).rejects.toMatchObject({
			response: { status: 500 },
		});
	});

	it('ignoreHttpStatusErrors returns the error response instead of throwing', async () => {
		server.inject({ status: 500, body: { error: 'boom' } });
		const res = await ctx().helpers.httpRequest({
			url: `${base}/echo`,
			ignoreHttpStatusErrors: true,
			returnFullResponse: true,
		});
		expect(res).toMatchObject({ statusCode: 500, statusMessage: 'Internal Server Error', body: { error: 'boom' } });
	});

	it('slow response: succeeds without a timeout, ECONNABORTED with one', async () => {
		server.inject({ delayMs: 80 });
		const started = Date.now();
		await expect(ctx().helpers.httpRequest({ url: `${base}/text` })).resolves.toBe('plain text');
		expect(Date.now() - started).toBeGreaterThanOrEqual(75);

		server.inject({ delayMs: 200 });
		const c = ctx();
		const error = (await c.helpers.httpRequest({ url: `${base}/text`, timeout: 30 }).catch((e: unknown) => e)) as AxiosError;
		expect(error).toBeInstanceOf(AxiosError);
		expect(error.code).toBe('ECONNABORTED');
		expect(error.message).toBe('timeout of 30ms exceeded');
		expect(c.log[0]).toMatchObject({ method: 'GET', error: 'ECONNABORTED' });
		expect(server.lastRequest()).toMatchObject({ fault: 'delay', status: 0 });
	});

	it('malformed JSON comes back as the raw string (like n8n)', async () => {
		server.inject({ malformedJson: true });
		const full = await ctx().helpers.httpRequest({ url: `${base}/echo`, returnFullResponse: true, json: true });
		expect(full.statusCode).toBe(200);
		expect(full.headers['content-type']).toBe('application/json');
		expect(full.body).toBe('{"oops":');
	});

	it('HTML error page: 502 with text/html body', async () => {
		server.inject({ html: true });
		const error = (await ctx().helpers.httpRequest({ url: `${base}/echo` }).catch((e: unknown) => e)) as AxiosError;
		expect(error.response!.status).toBe(502);
		expect(error.response!.headers['content-type']).toBe('text/html');
		expect(error.response!.data).toBe('<html><body><h1>502 Bad Gateway</h1></body></html>');

		server.inject({ html: true, status: 504 });
		await expect(ctx().helpers.httpRequest({ url: `${base}/echo` })).rejects.toMatchObject({ response: { status: 504 } });
	});

	it('dropped connection: ECONNRESET / socket hang up, nothing sent', async () => {
		server.inject({ drop: true });
		const error = (await ctx().helpers.httpRequest({ url: `${base}/echo` }).catch((e: unknown) => e)) as AxiosError;
		expect(error).toBeInstanceOf(AxiosError);
		expect(error.code).toBe('ECONNRESET');
		expect(error.message).toBe('socket hang up');
		expect(error.response).toBeUndefined();
		expect(server.lastRequest()).toMatchObject({ fault: 'drop', status: 0 });
	});

	it('httpRequestWithAuthentication wraps failures in NodeApiError like n8n', async () => {
		server.inject({ status: 429, headers: { 'Retry-After': '7' }, body: { message: 'slow down' } });
		const c = createExecuteContext({
			credentials: { demoApi: { baseUrl: base, apiToken: API_TOKEN } },
			credentialTypes: [DemoApi],
		});
		const error = (await c.helpers
			.httpRequestWithAuthentication.call(c, 'demoApi', { url: `${base}/echo` })
			.catch((e: unknown) => e)) as NodeApiError;
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.httpCode).toBe('429');
		expect(error.message).toBe('The service is receiving too many requests from you');
		expect(error.description).toBe('slow down');
		const cause = error.cause as AxiosError;
		expect(cause.response!.headers['retry-after']).toBe('7');
		expect(httpStatusOf(error)).toBe(429);

		server.inject({ drop: true });
		const dropped = (await c.helpers
			.httpRequestWithAuthentication.call(c, 'demoApi', { url: `${base}/echo` })
			.catch((e: unknown) => e)) as NodeApiError;
		expect(dropped).toBeInstanceOf(NodeApiError);
		expect((dropped.cause as AxiosError).code).toBe('ECONNRESET');
		expect(httpStatusOf(dropped)).toBeUndefined();
	});
});
