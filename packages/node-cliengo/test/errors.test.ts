/**
 * API failures become NodeApiError with Cliengo's own message (and never the API key); retries
 * follow core's rules (GET retried on 429/502/503/504, not on 500; POST only on 429).
 */
import { NodeApiError } from 'n8n-workflow';
import { byId, KEY, noRetryWaits, requests, runError, useFake } from './helpers';

noRetryWaits();
const ctx = useFake({ seed: { contacts: 5 } });
const getContact = () => ({ resource: 'contact', operation: 'get', contactId: byId(ctx.fake.allContacts()[0].id) });

function expectNoKey(error: Error & { description?: string }) {
	expect(error.message).not.toContain(KEY);
	expect(String(error.description)).not.toContain(KEY);
	expect(JSON.stringify(error)).not.toContain(KEY);
}

describe('API errors', () => {
	afterEach(() => ctx.fake.clearFaults());

	it('the offset message from Cliengo', async () => {
		ctx.fake.inject({ status: 400, body: { message: 'Offset cannot be greater than 1000' } });
		const error = await runError(ctx.fake, { resource: 'contact', operation: 'getAll', returnAll: false, limit: 5 });
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Offset cannot be greater than 1000');
		expect(error.httpCode).toBe('400');
		expect(error.description).toBe('Cliengo answered 400 to GET /contacts');
		expect(error.context?.itemIndex).toBe(0);
		expectNoKey(error);
	});

	it('a server with a smaller offset cap than expected: its own message comes through', async () => {
		const { createCliengoFake, run } = await import('./helpers');
		const fake = createCliengoFake({ maxOffset: 100, seed: { contacts: 300 } });
		await fake.start();
		try {
			await expect(run(fake, { resource: 'contact', operation: 'getAll', returnAll: false, limit: 300 })).rejects.toThrow('Offset cannot be greater than 100');
			expect(fake.requests.map((r) => r.status)).toEqual([200, 200, 200, 400]);
		} finally {
			await fake.stop();
		}
	});

	it('401 with a wrong key: Cliengo’s message, and the key never shows', async () => {
		const error = await runError(ctx.fake, getContact(), { credentials: { cliengoApi: ctx.fake.credentials({ apiKey: 'wrong-key-1234' }) as never } });
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Invalid api key');
		expect(error.httpCode).toBe('401');
		expect(JSON.stringify(error)).not.toContain('wrong-key-1234');
		expect(ctx.fake.requests).toHaveLength(1);
	});

	it('the key can travel as a Bearer header instead of the query [I]', async () => {
		const { run } = await import('./helpers');
		await run(ctx.fake, getContact(), { credentials: { cliengoApi: ctx.fake.credentials({ keyLocation: 'header' }) as never } });
		const [req] = ctx.fake.requests;
		expect(req.query).toEqual({});
		expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
	});

	it('a 500 fails at once (not retried); a 503 is retried 3 times, then fails', async () => {
		ctx.fake.inject({ status: 500, body: { message: 'Internal error' } });
		const e500 = await runError(ctx.fake, getContact());
		expect(e500.message).toBe('Internal error');
		expect(e500.httpCode).toBe('500');
		expect(ctx.fake.requests).toHaveLength(1);

		ctx.fake.clearLog();
		ctx.fake.inject({ status: 503, body: { message: 'Service unavailable' } }, { times: 4 });
		const e503 = await runError(ctx.fake, getContact());
		expect(e503.message).toBe('Service unavailable');
		expect(e503.httpCode).toBe('503');
		expect(ctx.fake.requests).toHaveLength(4);
	});

	it('a 503 then success is transparent; a POST is not retried on 503', async () => {
		const { run } = await import('./helpers');
		ctx.fake.inject({ status: 503 });
		await run(ctx.fake, getContact());
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([503, 200]);

		ctx.fake.clearLog();
		ctx.fake.inject({ status: 503 });
		const error = await runError(ctx.fake, { resource: 'contact', operation: 'addTag', contactId: byId(ctx.fake.allContacts()[0].id), tag: 'x' });
		expect(error.httpCode).toBe('503');
		expect(ctx.fake.requests).toHaveLength(1);
	});

	it('429 with Retry-After is waited for and retried, for a POST too', async () => {
		const { run } = await import('./helpers');
		ctx.fake.inject({ status: 429, headers: { 'Retry-After': '1' } });
		await run(ctx.fake, { resource: 'contact', operation: 'addTag', contactId: byId(ctx.fake.allContacts()[0].id), tag: 'y' });
		expect(ctx.fake.requests.map((r) => r.status)).toEqual([429, 204]);
	});

	it('an HTML error page (proxy) is summarised after the retries', async () => {
		ctx.fake.inject({ html: true, status: 502 }, { times: 4 });
		const error = await runError(ctx.fake, getContact());
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('The server answered with an HTML page: 502 Bad Gateway');
		expect(ctx.fake.requests).toHaveLength(4);
	});

	it('an HTML page with status 200 (wrong base URL) and malformed JSON are API errors too', async () => {
		ctx.fake.inject({ html: true, status: 200 });
		const html = await runError(ctx.fake, getContact());
		expect(html).toBeInstanceOf(NodeApiError);
		expect(html.message).toBe('an HTML page came back instead of JSON (status 200); check the base URL');
		ctx.fake.inject({ malformedJson: true });
		const bad = await runError(ctx.fake, getContact());
		expect(bad).toBeInstanceOf(NodeApiError);
		expect(bad.message).toBe('the response (status 200) is not valid JSON');
	});

	it('a 404 on an unknown contact', async () => {
		const error = await runError(ctx.fake, { resource: 'contact', operation: 'get', contactId: byId('000000000000000000000000') });
		expect(error.message).toBe('Contact not found');
		expect(error.httpCode).toBe('404');
		expect(requests(ctx.fake)).toHaveLength(1);
	});
});
