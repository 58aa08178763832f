import { FakeServer, SEND_ORDER_HEADER, createExecuteContext, httpSend, matchPath, postJson } from '../src';

import { createDemoServer, type DemoState } from './fixtures';

describe('FakeServer', () => {
	let server: FakeServer<DemoState>;
	let base: string;

	beforeEach(async () => {
		server = createDemoServer();
		base = await server.start();
	});
	afterEach(async () => {
		await server.stop();
	});

	it('listens on 127.0.0.1 with a random port', () => {
		expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(server.url).toBe(base);
		expect(server.port).toBeGreaterThan(0);
	});

	it("answers with the fake's clock in Date when it has one (whole seconds, as HTTP does), else the real time", async () => {
		const real = await httpSend(`${base}/api/v1/accounts/7/contacts/1`);
		expect(Math.abs(Date.parse(String(real.headers.date)) - Date.now())).toBeLessThan(5_000);
		const clocked = new FakeServer({ name: 'clocked', state: {}, clock: () => Date.parse('2026-06-15T12:00:07.900Z'), routes: [{ method: 'GET', path: '/x', handler: () => ({ body: {} }) }] });
		const url = await clocked.start();
		try {
			expect((await httpSend(`${url}/x`)).headers.date).toBe('Mon, 15 Jun 2026 12:00:07 GMT');
		} finally {
			await clocked.stop();
		}
	});

	it('routes :param segments and decodes params', async () => {
		const res = await httpSend(`${base}/api/v1/accounts/7/contacts/1`);
		expect(res.status).toBe(200);
		expect(res.body).toEqual({ payload: { id: '1', name: 'Ada' }, accountId: '7' });
		expect(server.requests[0]).toMatchObject({ method: 'GET', route: 'getContact', params: { accountId: '7', id: '1' }, status: 200 });
	});

	it('keeps an encoded %2F inside one path segment (proves ids are encoded)', async () => {
		const ok = await httpSend(`${base}/api/v1/accounts/7/contacts/a%2Fb`);
		expect(ok.status).toBe(200);
		expect(ok.body).toMatchObject({ payload: { id: 'a/b' } });
		const log = server.lastRequest()!;
		expect(log.rawPath).toBe('/api/v1/accounts/7/contacts/a%2Fb');
		expect(log.path).toBe('/api/v1/accounts/7/contacts/a/b');
		expect(log.params).toEqual({ accountId: '7', id: 'a/b' });

		// The unencoded id splits into two segments and matches nothing.
		const notEncoded = await httpSend(`${base}/api/v1/accounts/7/contacts/a/b`);
		expect(notEncoded.status).toBe(404);
		expect(matchPath('/x/:id', '/x/a%2Fb')).toEqual({ id: 'a/b' });
		expect(matchPath('/x/:id', '/x/a/b')).toBeUndefined();
	});

	it('logs requests in the order the test kit sent them (its send-order header), then drops the header', async () => {
		// sent as 2 then 1 (request 1 overtaken on another connection), plus one without the header
		await httpSend(`${base}/api/v1/accounts/7/contacts/2`, { headers: { [SEND_ORDER_HEADER]: '902' } });
		await httpSend(`${base}/api/v1/accounts/7/contacts/1`, { headers: { [SEND_ORDER_HEADER]: '901' } });
		await httpSend(`${base}/api/v1/accounts/7/contacts/3`);
		expect(server.requests.map((r) => [r.params.id, r.sendOrder])).toEqual([
			['1', 901],
			['2', 902],
			['3', undefined],
		]);
		expect(server.requests.every((r) => !(SEND_ORDER_HEADER in r.headers))).toBe(true);
	});

	it('answers 404 JSON for unknown paths and for a wrong method on a known path', async () => {
		const unknown = await httpSend(`${base}/nope`);
		expect(unknown.status).toBe(404);
		expect(unknown.body).toEqual({ error: 'Not Found' });
		const wrongMethod = await httpSend(`${base}/api/v1/accounts/7/contacts/1`, { method: 'DELETE' });
		expect(wrongMethod.status).toBe(404);
		expect(server.requests.map((r) => [r.method, r.status, r.route])).toEqual([
			['GET', 404, undefined],
			['DELETE', 404, undefined],
		]);
	});

	it('supports a custom notFound and addRoute', async () => {
		const custom = new FakeServer({
			name: 'custom',
			state: {},
			routes: [],
			notFound: (req) => ({ status: 404, headers: { 'content-type': 'text/html' }, body: `<h1>${req.path} missing</h1>` }),
		});
		const url = await custom.start();
		try {
			const missing = await httpSend(`${url}/x`);
			expect(missing.text).toBe('<h1>/x missing</h1>');
			custom.addRoute({ method: 'GET', path: '/x', handler: () => ({ body: 'found' }) });
			expect((await httpSend(`${url}/x`)).text).toBe('found');
		} finally {
			await custom.stop();
		}
	});

	it('logs every request in order with query, headers and parsed body', async () => {
		await httpSend(`${base}/echo?a=1&a=2&b%5B%5D=x&c=`, { headers: { 'X-Trace': 'abc' } });
		await postJson(`${base}/api/v1/accounts/1/contacts`, { name: 'Grace' });
		expect(server.requests).toHaveLength(2);
		const [first, second] = server.requests;
		expect(first).toMatchObject({
			method: 'GET',
			path: '/echo',
			rawQuery: 'a=1&a=2&b%5B%5D=x&c=',
			query: { a: ['1', '2'], b: ['x'], c: '' },
			status: 200,
			route: 'GET /echo',
		});
		expect(first.headers['x-trace']).toBe('abc');
		expect(second).toMatchObject({ method: 'POST', body: { name: 'Grace' }, route: 'createContact', status: 200 });
		expect(server.state.contacts['3']).toEqual({ id: '3', name: 'Grace' });
		expect(server.requestsTo('createContact')).toHaveLength(1);
		server.clearLog();
		expect(server.requests).toHaveLength(0);
	});

	it('rejects a malformed JSON request body with 400', async () => {
		const res = await httpSend(`${base}/echo`, {
			method: 'POST',
			body: '{"name":',
			headers: { 'Content-Type': 'application/json' },
		});
		expect(res.status).toBe(400);
		expect((res.body as { error: string }).error).toMatch(/Malformed JSON body/);
		expect(server.lastRequest()!.status).toBe(400);
	});

	it('parses urlencoded bodies', async () => {
		const ctx = createExecuteContext();
		const res = await ctx.helpers.httpRequest({
			method: 'POST',
			url: `${base}/echo`,
			body: new URLSearchParams([['name', 'Ada Lovelace'], ['tags[]', 'a'], ['tags[]', 'b']]),
		});
		expect(res.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(res.body).toEqual({ name: 'Ada Lovelace', tags: ['a', 'b'] });
	});

	it('parses multipart bodies sent as a global FormData with a Blob file', async () => {
		const ctx = createExecuteContext();
		const form = new FormData();
		form.append('content', 'hello there');
		form.append('message_type', 'outgoing');
		form.append('attachments[]', new Blob([Buffer.from('%PDF-1.4 fake')], { type: 'application/pdf' }), 'invoice.pdf');
		const res = await ctx.helpers.httpRequest({ method: 'POST', url: `${base}/echo`, body: form });
		expect(res.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(res.body.fields).toEqual({ content: 'hello there', message_type: 'outgoing' });

		const logged = server.lastRequest()!.body as { files: Array<{ field: string; filename: string; contentType: string; size: number; data: Buffer }> };
		expect(logged.files).toHaveLength(1);
		expect(logged.files[0]).toMatchObject({ field: 'attachments[]', filename: 'invoice.pdf', contentType: 'application/pdf', size: 13 });
		expect(logged.files[0].data.toString()).toBe('%PDF-1.4 fake');
	});

	it('records validate() violations and assertNoViolations lists them', async () => {
		await postJson(`${base}/api/v1/accounts/1/contacts`, { name: 'ok' });
		expect(() => server.assertNoViolations()).not.toThrow();
		await postJson(`${base}/api/v1/accounts/1/contacts`, { name: 42 });
		expect(server.violations).toEqual(['POST /api/v1/accounts/1/contacts: name must be a string']);
		expect(() => server.assertNoViolations()).toThrow(/1 contract violation\(s\):\n {2}- POST \/api\/v1\/accounts\/1\/contacts: name must be a string/);
	});

	it('turns a throwing handler into a 500 and a violation', async () => {
		const res = await httpSend(`${base}/boom`);
		expect(res.status).toBe(500);
		expect(res.body).toMatchObject({ error: 'Internal Server Error', message: 'kaboom' });
		expect(server.violations[0]).toMatch(/^GET \/boom: handler threw Error: kaboom/);
	});

	it('sends string and Buffer bodies as is', async () => {
		const text = await httpSend(`${base}/text`);
		expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
		expect(text.text).toBe('plain text');
		const ctx = createExecuteContext();
		const bytes = await ctx.helpers.httpRequest({ url: `${base}/bytes`, encoding: 'arraybuffer' });
		expect(Buffer.isBuffer(bytes)).toBe(true);
		expect([...bytes]).toEqual([0, 1, 2, 255]);
	});

	it('postJson sends the exact raw string and reports it', async () => {
		const raw = '{"b":1,  "a":"é"}';
		const res = await postJson(`${base}/echo`, raw, { 'X-Signature': 'sig' });
		expect(res.raw).toBe(raw);
		expect(server.lastRequest()!.rawBody.toString('utf8')).toBe(raw);
		expect(res.body).toMatchObject({ body: { b: 1, a: 'é' }, headers: { 'x-signature': 'sig', 'content-type': 'application/json' } });

		const fromObject = await postJson(`${base}/echo`, { z: [1, 2] });
		expect(fromObject.raw).toBe('{"z":[1,2]}');
	});

	it('refuses to start twice, stops idempotently and can restart on the same port', async () => {
		await expect(server.start()).rejects.toThrow(/already started/);
		const port = server.port;
		await server.stop();
		await server.stop();
		// The URL stays readable after stop(): a stopped fake is a handy "connection refused" target.
		const ctx = createExecuteContext();
		await expect(ctx.helpers.httpRequest({ url: `${server.url}/text` })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
		await server.start(port);
		expect((await httpSend(`${base}/text`)).text).toBe('plain text');
		expect(() => new FakeServer({ name: 'x', state: {}, routes: [] }).url).toThrow(/not started/);
	});
});

describe('FakeServer auth', () => {
	it('rejects with the auth() response, except for skipAuth routes and unknown paths', async () => {
		const { API_TOKEN, createDemoServer: create } = await import('./fixtures');
		const server = create({ withAuth: true });
		const base = await server.start();
		try {
			const denied = await httpSend(`${base}/api/v1/accounts/1/contacts/1`);
			expect(denied.status).toBe(401);
			expect(denied.body).toEqual({ errors: ['You need to sign in or sign up before continuing.'] });
			const allowed = await httpSend(`${base}/api/v1/accounts/1/contacts/1`, { headers: { api_access_token: API_TOKEN } });
			expect(allowed.status).toBe(200);
			expect((await httpSend(`${base}/public`)).status).toBe(200);
			expect((await httpSend(`${base}/unknown`)).status).toBe(404);
			expect(server.requests.map((r) => r.status)).toEqual([401, 200, 200, 404]);
		} finally {
			await server.stop();
		}
	});
});
