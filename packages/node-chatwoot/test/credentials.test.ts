/**
 * Credential tests, run the way n8n's CredentialsTester runs declarative tests, against the fake.
 */
import { NodeApiError } from 'n8n-workflow';
import { runCredentialTest, type HttpLogEntry } from '@leadchat/testkit';
import { ChatwootApi } from '../credentials/ChatwootApi.credentials';
import { ChatwootClientApi } from '../credentials/ChatwootClientApi.credentials';
import { ChatwootPlatformApi } from '../credentials/ChatwootPlatformApi.credentials';
import { useChatwoot } from './harness';

const h = useChatwoot();

const api = (over: Record<string, unknown> = {}) => ({ baseUrl: h.fake.url, accessToken: h.fake.tokens.user, accountId: h.fake.accountId, ...over });

describe('Chatwoot API credential', () => {
	it('OK with the user token: one GET /api/v1/profile carrying api_access_token', async () => {
		const result = await runCredentialTest(new ChatwootApi(), api());
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!', httpCode: 200 });
		expect(h.fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([['GET', '/api/v1/profile', 200]]);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
	});

	it('OK with the Api-Access-Token spelling (for proxies that drop underscores), and a trailing slash on the base URL', async () => {
		const result = await runCredentialTest(new ChatwootApi(), api({ headerName: 'Api-Access-Token', baseUrl: `${h.fake.url}/` }));
		expect(result.status).toBe('OK');
		const [request] = h.fake.requests;
		expect(request.path).toBe('/api/v1/profile');
		// Node lower-cases header names; the wire spelling was "Api-Access-Token" and there is no underscore variant.
		expect(request.headers['api-access-token']).toBe(h.fake.tokens.user);
		expect(request.headers.api_access_token).toBeUndefined();
	});

	it('Error with a wrong token: the server answered 401 {"error":"Invalid Access Token"}; the token never shows in the result', async () => {
		const log: HttpLogEntry[] = [];
		const result = await runCredentialTest(new ChatwootApi(), api({ accessToken: 'wrong-token-123' }), { log });
		expect(result.status).toBe('Error');
		expect(result.httpCode).toBe(401);
		// n8n sends an authenticated request a second time after a 401 (credential refresh); both were refused.
		expect(h.fake.requests.map((r) => [r.path, r.status])).toEqual([
			['/api/v1/profile', 401],
			['/api/v1/profile', 401],
		]);
		// n8n's tester shows the status text unless the credential maps the 401 with a responseCode rule.
		const rule = new ChatwootApi().test.rules?.find((r) => r.type === 'responseCode' && r.properties.value === 401);
		expect(result.message).toBe(rule && rule.type === 'responseCode' ? rule.properties.message : 'Unauthorized');
		expect(JSON.stringify(result)).not.toContain('wrong-token-123');
		expect(JSON.stringify(log)).not.toContain('wrong-token-123');
		// The same token through the node gives Chatwoot's own message.
		const error = await h.runError({ resource: 'profile', operation: 'get' }, h.withToken('wrong-token-123'));
		expect(error).toBeInstanceOf(NodeApiError);
		expect((error as Error).message).toBe('Invalid Access Token');
	});

	it('Error with a wrong token in the other header spelling too', async () => {
		const result = await runCredentialTest(new ChatwootApi(), api({ accessToken: 'wrong-token-456', headerName: 'Api-Access-Token' }));
		expect(result).toMatchObject({ status: 'Error', httpCode: 401 });
	});

	it('Error with an agent-bot token (the profile is for users only)', async () => {
		const result = await runCredentialTest(new ChatwootApi(), api({ accessToken: h.fake.tokens.agentBot }));
		expect(result).toMatchObject({ status: 'Error', httpCode: 401 });
	});

	it('Error when nothing answers at the base URL', async () => {
		const result = await runCredentialTest(new ChatwootApi(), api({ baseUrl: 'http://127.0.0.1:9' }));
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/ECONNREFUSED/);
	});
});

describe('Chatwoot Platform API credential', () => {
	const platform = (over: Record<string, unknown> = {}) => ({ baseUrl: h.fake.url, accessToken: h.fake.tokens.platform, ...over });

	it('OK with the platform-app token: GET /platform/api/v1/agent_bots', async () => {
		const result = await runCredentialTest(new ChatwootPlatformApi(), platform());
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!', httpCode: 200 });
		expect(h.fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([['GET', '/platform/api/v1/agent_bots', 200]]);
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.platform);
	});

	it('Error with a user token or a wrong token (401)', async () => {
		await expect(runCredentialTest(new ChatwootPlatformApi(), platform({ accessToken: h.fake.tokens.user }))).resolves.toMatchObject({ status: 'Error', httpCode: 401 });
		await expect(runCredentialTest(new ChatwootPlatformApi(), platform({ accessToken: 'nope-platform' }))).resolves.toMatchObject({ status: 'Error', httpCode: 401 });
	});
});

describe('Chatwoot Client API credential (base URL and inbox identifier, no token)', () => {
	const client = (over: Record<string, unknown> = {}) => ({ baseUrl: h.fake.url, inboxIdentifier: h.fake.seeded!.apiInboxIdentifier, ...over });

	it("OK for the seeded API inbox: one GET of the inbox's public settings, no token header", async () => {
		const result = await runCredentialTest(new ChatwootClientApi(), client({ baseUrl: `${h.fake.url}/`, inboxIdentifier: ` ${h.fake.seeded!.apiInboxIdentifier}\n` }));
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!', httpCode: 200 });
		expect(h.fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([['GET', `/public/api/v1/inboxes/${h.fake.seeded!.apiInboxIdentifier}`, 200]]);
		expect(h.fake.requests[0].headers.api_access_token).toBeUndefined();
	});

	it('Error for an identifier no API inbox has (404): the rule says so; one with slashes stays one segment', async () => {
		const result = await runCredentialTest(new ChatwootClientApi(), client({ inboxIdentifier: 'no/such' }));
		expect(result).toEqual({ status: 'Error', message: 'No API-channel inbox has this identifier on this Chatwoot', httpCode: 404 });
		expect(h.fake.requests.map((r) => [r.rawPath, r.status])).toEqual([['/public/api/v1/inboxes/no%2Fsuch', 404]]);
	});

	it('the identifier is a required, masked field', () => {
		const field = new ChatwootClientApi().properties.find((p) => p.name === 'inboxIdentifier')!;
		expect(field).toMatchObject({ displayName: 'Inbox Identifier', required: true, typeOptions: { password: true } });
	});
});
