/**
 * API failures become NodeApiError with Cliengo's own message (and never the API key); retries
 * follow core's rules (GET retried on 429/502/503/504, not on 500; POST only on 429).
 */
import { NodeApiError } from 'n8n-workflow';
import type { NodeError } from '@leadchat/testkit';
import { byId, KEY, noRetryWaits, useCliengo, withFake } from './helpers';

noRetryWaits();
const h = useCliengo({ seed: { contacts: 5 } });
const getContact = () => ({ resource: 'contact', operation: 'get', contactId: byId(h.fake.allContacts()[0].id) });

function expectNoKey(error: NodeError) {
	expect(error.message).not.toContain(KEY);
	expect(String(error.description)).not.toContain(KEY);
	expect(JSON.stringify(error)).not.toContain(KEY);
}

describe('API errors', () => {
	afterEach(() => h.fake.clearFaults());

	it('the offset message from Cliengo', async () => {
		h.fake.inject({ status: 400, body: { message: 'Offset cannot be greater than 1000' } });
		const error = await h.runError({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 5 });
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Offset cannot be greater than 1000');
		expect(error.httpCode).toBe('400');
		expect(error.description).toBe('Cliengo answered 400 to GET /contacts');
		expect(error.context?.itemIndex).toBe(0);
		expectNoKey(error);
	});

	it('a server with a smaller offset cap than expected: its own message comes through', async () => {
		await withFake({ maxOffset: 100, seed: { contacts: 300 } }, async (own) => {
			await expect(own.run({ resource: 'contact', operation: 'getAll', returnAll: false, limit: 300 })).rejects.toThrow('Offset cannot be greater than 100');
			// Offset 0 alone, then the pages after it 4 at a time (the total says 300 exist; 250 once 50 is
			// taken): those past the server's cap fail, and the item fails once every one has answered.
			const answered = own.fake.requests.map((r) => [Number(r.query.offset), r.status]).sort((a, b) => a[0] - b[0]);
			expect(own.fake.requests[0].query.offset).toBe('0');
			expect(answered).toEqual([
				[0, 200],
				[50, 200],
				[100, 200],
				[150, 400],
				[200, 400],
				[250, 400],
			]);
		});
	});

	it('401 with a wrong key: Cliengo’s message, and the key never shows', async () => {
		const error = await h.runError(getContact(), h.withCredentials({ apiKey: 'wrong-key-1234' }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Invalid api key');
		expect(error.httpCode).toBe('401');
		expect(JSON.stringify(error)).not.toContain('wrong-key-1234');
		expect(h.fake.requests).toHaveLength(1);
	});

	it('the key can travel as a Bearer header instead of the query [I]', async () => {
		await h.run(getContact(), h.withCredentials({ keyLocation: 'header' }));
		const [req] = h.fake.requests;
		expect(req.query).toEqual({});
		expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
	});

	it('a 500 fails at once (not retried); a 503 is retried 3 times, then fails', async () => {
		h.fake.inject({ status: 500, body: { message: 'Internal error' } });
		const e500 = await h.runError(getContact());
		expect(e500.message).toBe('Internal error');
		expect(e500.httpCode).toBe('500');
		expect(h.fake.requests).toHaveLength(1);

		h.fake.clearLog();
		h.fake.inject({ status: 503, body: { message: 'Service unavailable' } }, { times: 4 });
		const e503 = await h.runError(getContact());
		expect(e503.message).toBe('Service unavailable');
		expect(e503.httpCode).toBe('503');
		expect(h.fake.requests).toHaveLength(4);
	});

	it('a 503 then success is transparent; a POST is not retried on 503', async () => {
		h.fake.inject({ status: 503 });
		await h.run(getContact());
		expect(h.fake.requests.map((r) => r.status)).toEqual([503, 200]);

		h.fake.clearLog();
		h.fake.inject({ status: 503 });
		const error = await h.runError({ resource: 'contact', operation: 'addTag', contactId: byId(h.fake.allContacts()[0].id), tag: 'x' });
		expect(error.httpCode).toBe('503');
		expect(h.fake.requests).toHaveLength(1);
	});

	it('429 with Retry-After is waited for and retried, for a POST too', async () => {
		h.fake.inject({ status: 429, headers: { 'Retry-After': '1' } });
		await h.run({ resource: 'contact', operation: 'addTag', contactId: byId(h.fake.allContacts()[0].id), tag: 'y' });
		expect(h.fake.requests.map((r) => r.status)).toEqual([429, 204]);
	});

	it('an HTML error page (proxy) is summarised after the retries', async () => {
		h.fake.inject({ html: true, status: 502 }, { times: 4 });
		const error = await h.runError(getContact());
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('The server answered with an HTML page: 502 Bad Gateway');
		expect(h.fake.requests).toHaveLength(4);
	});

	it('an HTML page with status 200 (wrong base URL) and malformed JSON are API errors too', async () => {
		h.fake.inject({ html: true, status: 200 });
		const html = await h.runError(getContact());
		expect(html).toBeInstanceOf(NodeApiError);
		expect(html.message).toBe('an HTML page came back instead of JSON (status 200); check the base URL');
		h.fake.inject({ malformedJson: true });
		const bad = await h.runError(getContact());
		expect(bad).toBeInstanceOf(NodeApiError);
		expect(bad.message).toBe('the response (status 200) is not valid JSON');
	});

	it('a 404 on an unknown contact', async () => {
		const error = await h.runError({ resource: 'contact', operation: 'get', contactId: byId('000000000000000000000000') });
		expect(error.message).toBe('Contact not found');
		expect(error.httpCode).toBe('404');
		expect(h.requests()).toHaveLength(1);
	});
});
