/** The credential test (GET /account, which checks the key) run the way n8n runs it, against the fake. */
import { runCredentialTest, type HttpLogEntry } from '@leadchat/testkit';
import { CliengoApi } from '../credentials/CliengoApi.credentials';
import { KEY, useCliengo } from './helpers';

const h = useCliengo({ seed: false });

describe('Cliengo API credential', () => {
	it('passes with the right key (query parameter)', async () => {
		const result = await runCredentialTest(new CliengoApi(), { apiKey: KEY, keyLocation: 'query', baseUrl: h.fake.apiUrl });
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!', httpCode: 200 });
		expect(h.fake.requests.map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/1.0/account', { api_key: KEY }]]);
	});

	it('passes with the right key as a Bearer header, and with a trailing slash on the base URL', async () => {
		const result = await runCredentialTest(new CliengoApi(), { apiKey: KEY, keyLocation: 'header', baseUrl: `${h.fake.apiUrl}/` });
		expect(result.status).toBe('OK');
		expect(h.fake.requests[0].path).toBe('/1.0/account');
		expect(h.fake.requests[0].headers.authorization).toBe(`Bearer ${KEY}`);
	});

	it('fails with a wrong key, without leaking it in the log', async () => {
		const log: HttpLogEntry[] = [];
		const result = await runCredentialTest(new CliengoApi(), { apiKey: 'a-wrong-key-0000', baseUrl: h.fake.apiUrl }, { log });
		expect(result.status).toBe('Error');
		expect(result.httpCode).toBe(401);
		expect(JSON.stringify(log)).not.toContain('a-wrong-key-0000');
	});

	it('defaults: query parameter and the Cliengo cloud URL', () => {
		const cred = new CliengoApi();
		expect(cred.properties.find((p) => p.name === 'keyLocation')?.default).toBe('query');
		expect(cred.properties.find((p) => p.name === 'baseUrl')?.default).toBe('https://api.cliengo.com/1.0');
		expect(cred.test.request.url).toBe('/account');
	});
});
