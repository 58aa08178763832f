/**
 * n8n's own credential test (the editor's "Test" button: POST /rest/credentials/test with the stored
 * credential) passes for each of our credential types against its fake server and fails with a
 * wrong token.
 */
import { createN8nHome, importCredentials, installOurPackages, startFakes, startN8n, testCredentialInN8n, type N8nServer, type RunningFakes } from '../src';

const MESSAGE: Record<string, RegExp> = {
	// The credential's own rule for a 401.
	wrongChatwootApi: /^Invalid Access Token/,
	// n8n's generic message for a 401 without a rule.
	wrongChatwootPlatformApi: /Authorization failed|401|Unauthorized/i,
	wrongCliengoApi: /Authorization failed|401|Unauthorized|Invalid api key/i,
};

describe('credential tests in real n8n', () => {
	let fakes: RunningFakes;
	let server: N8nServer | undefined;

	beforeAll(async () => {
		fakes = await startFakes();
		const home = createN8nHome();
		installOurPackages(home);
		const good = fakes.credentials();
		const wrong = good.map((c) => ({
			id: `wrong${c.id.replace(/^fake/, '')}`,
			name: `${c.name} - wrong token`,
			type: c.type,
			data: { ...c.data, ...(c.type === 'cliengoApi' ? { apiKey: '00000000-0000-4000-8000-000000000000' } : { accessToken: 'not-a-valid-token' }) },
		}));
		await importCredentials(home, [...good, ...wrong]);
		server = await startN8n(home);
	});

	afterAll(async () => {
		await server?.stop();
		await fakes?.stop();
	});

	it.each([
		['chatwootApi', 'fakeChatwootApi', '/api/v1/profile'],
		['chatwootPlatformApi', 'fakeChatwootPlatformApi', '/platform/api/v1/agent_bots'],
		['cliengoApi', 'fakeCliengoApi', '/1.0/account'],
	])('%s: the stored credential passes against the fake', async (_type, id, probedPath) => {
		const before = requestsTo(probedPath);
		const result = await testCredentialInN8n(server!, id);
		expect(result).toEqual({ status: 'OK', message: expect.any(String) });
		// The test really went to the fake (n8n did not short-circuit it).
		expect(requestsTo(probedPath)).toBeGreaterThan(before);
	});

	it.each([
		['chatwootApi', 'wrongChatwootApi'],
		['chatwootPlatformApi', 'wrongChatwootPlatformApi'],
		['cliengoApi', 'wrongCliengoApi'],
	])('%s: a wrong token fails', async (_type, id) => {
		const result = await testCredentialInN8n(server!, id);
		expect(result.status).toBe('Error');
		// Refused by the fake for the token, not e.g. unreachable.
		expect(result.message).toMatch(MESSAGE[id]);
		expect(result.message).not.toMatch(/ECONNREFUSED|ENOTFOUND|timeout/i);
	});

	function requestsTo(pathname: string): number {
		const all = [...fakes.chatwoot.server.requests, ...fakes.cliengo.requests];
		return all.filter((r) => r.path === pathname).length;
	}
});
