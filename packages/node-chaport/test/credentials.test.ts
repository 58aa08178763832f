/**
 * The Chaport API credential: its test (`GET /me.json`) run the way n8n's CredentialsTester runs
 * declarative tests, against the fake; the base URL of each region.
 */
import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';
import { resolveExpressionsDeep, runCredentialTest, type HttpLogEntry } from '@leadchat/testkit';
import { CHAPORT_REGION_URLS, ChaportApi } from '../credentials/ChaportApi.credentials';
import { api, useChaport } from './harness';

const h = useChaport();
const credential = new ChaportApi();
/** The credential data pointing at the fake, as n8n holds it. */
const data = (overrides: Record<string, unknown> = {}) => h.fake.credentials(overrides) as ICredentialDataDecryptedObject;

describe('Chaport API credential', () => {
	it('OK with the token: one GET /me.json carrying Authorization: Bearer <token>', async () => {
		const result = await runCredentialTest(credential, data());
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!', httpCode: 200 });
		expect(h.fake.requests.map((r) => [r.method, r.path, r.status])).toEqual([['GET', api('/me.json'), 200]]);
		expect(h.fake.requests[0].headers.authorization).toBe(`Bearer ${h.fake.token}`);
	});

	it('OK with a custom base URL ending in slashes', async () => {
		expect((await runCredentialTest(credential, data({ baseUrl: `${h.fake.url}//` }))).status).toBe('OK');
		expect(h.fake.requests.map((r) => r.path)).toEqual([api('/me.json')]);
	});

	it('a wrong token: the 401 rule\'s message; the token never shows in the result or the log', async () => {
		const log: HttpLogEntry[] = [];
		const wrong = 'w'.repeat(40);
		const result = await runCredentialTest(credential, data({ accessToken: wrong }), { log });
		expect(result).toEqual({
			status: 'Error',
			message: 'Chaport refused this access token (401): check the token (Settings → API) and that the region matches the account',
			httpCode: 401,
		});
		expect(h.fake.requests.every((r) => r.path === api('/me.json') && r.status === 401)).toBe(true);
		expect(JSON.stringify([result, log])).not.toContain(wrong);
	});

	it("the test request's base URL by region: global, Russia, or the custom one", () => {
		const baseOf = (data: Record<string, unknown>) => (resolveExpressionsDeep(credential.test.request, { $credentials: data }) as IHttpRequestOptions).baseURL;
		expect(baseOf({ region: 'global' })).toBe('https://app.chaport.com/api/v1');
		expect(baseOf({ region: 'ru' })).toBe('https://app.chaport.ru/api/v1');
		expect(baseOf({ region: 'custom', baseUrl: ' https://proxy.example.com/api/v1/ ' })).toBe('https://proxy.example.com/api/v1');
		expect(CHAPORT_REGION_URLS).toEqual({ global: 'https://app.chaport.com/api/v1', ru: 'https://app.chaport.ru/api/v1' });
		expect(credential.test.request.url).toBe('/me.json');
	});

	it('the Base URL field is shown only for a custom region; the token is a password field', () => {
		const byName = Object.fromEntries(credential.properties.map((p) => [p.name, p]));
		expect(byName.baseUrl.displayOptions).toEqual({ show: { region: ['custom'] } });
		expect(byName.accessToken.typeOptions).toEqual({ password: true });
		expect(byName.region.options?.map((o) => (o as { value: string }).value)).toEqual(['global', 'ru', 'custom']);
	});
});
