/**
 * Website resource: the website itself (get, create, exists, abort deletion), its settings,
 * availability, identity verification, real-time endpoints and analytics, against the fake Crisp
 * server. The resource hides the node's Website field; its operations on one website show their
 * own field of the same name, so the transport still reads it (or the credential's default).
 */
import { byId, jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const W = (id = h.fake.websiteId) => `/v1/website/${id}`;
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'website', operation, ...parameters });
const other = () => h.fake.seeded!.otherWebsiteId;

describe('website: the website', () => {
	it("get: GET /website/{id} of the credential's default website, or of the website chosen", async () => {
		expect(jsonOf(await run('get'))).toEqual([h.fake.site().website]);
		expect(jsonOf(await run('get', { websiteId: byId(other()) }))).toEqual([h.fake.site(other()).website]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: W(), query: {} },
			{ method: 'GET', path: W(other()), query: {} },
		]);
	});

	it('get: with neither a website chosen nor a default website, refuses before any request', async () => {
		const credentials = { leadchatCrispApi: h.fake.credentials('plugin', { websiteId: '' }) as never };
		const error = await h.runError({ resource: 'website', operation: 'get' }, { credentials });
		expect(error.message).toBe('Item 1: "Website" is required: choose a website, or set a Default Website ID in the Crisp API credential');
		expect(h.requests()).toEqual([]);
	});

	it('create: POST /website (no website in the path) with the name and domain', async () => {
		const items = jsonOf(await run('create', { name: 'Initech', domain: 'initech.example' }));
		expect(h.requests()).toEqual([{ method: 'POST', path: '/v1/website', query: {}, body: { name: 'Initech', domain: 'initech.example' } }]);
		const created = [...h.fake.store.websites.values()].find((s) => s.website.domain === 'initech.example')!;
		expect(items).toEqual([created.website]);
	});

	it('exists: HEAD /website?domain=… is true for a known domain, false for another', async () => {
		expect(jsonOf(await run('exists', { domain: 'acme.example' }))).toEqual([{ exists: true }]);
		expect(jsonOf(await run('exists', { domain: 'nobody.example' }))).toEqual([{ exists: false }]);
		expect(h.requests()).toEqual([
			{ method: 'HEAD', path: '/v1/website', query: { domain: 'acme.example' } },
			{ method: 'HEAD', path: '/v1/website', query: { domain: 'nobody.example' } },
		]);
	});

	it('abortDeletion: DELETE /website/{id}/expunge', async () => {
		h.fake.site().deletionPending = true;
		expect(jsonOf(await run('abortDeletion'))).toEqual([{ success: true }]);
		expect(h.requests()).toEqual([{ method: 'DELETE', path: `${W()}/expunge`, query: {} }]);
		expect(h.fake.site().deletionPending).toBe(false);
	});

	it('refuses a missing domain and a path-like website ID', async () => {
		await refused(h, { resource: 'website', operation: 'exists' }, 'Domain', /is required/);
		await refused(h, { resource: 'website', operation: 'get', websiteId: byId('..') }, 'Website', /another endpoint/);
	});
});

describe('website: settings, availability, verification', () => {
	it('getSettings and updateSettings: PATCH only what was set; JSON groups are sent as objects', async () => {
		const items = jsonOf(
			await run('updateSettings', { updateFields: { name: 'Acme Shop', domainAlternates: 'shop.acme.example', chatbox: '{"color_theme": "red"}', emails: { rating: false } } }),
		);
		expect(items).toEqual([{ success: true }]);
		const settings = jsonOf(await run('getSettings'))[0];
		expect(settings).toMatchObject({ name: 'Acme Shop', domain: 'acme.example', domain_alternates: ['shop.acme.example'], chatbox: { color_theme: 'red' }, emails: { rating: false } });
		expect(h.requests()).toEqual([
			{
				method: 'PATCH',
				path: `${W()}/settings`,
				query: {},
				body: { name: 'Acme Shop', domain_alternates: ['shop.acme.example'], chatbox: { color_theme: 'red' }, emails: { rating: false } },
			},
			{ method: 'GET', path: `${W()}/settings`, query: {} },
		]);
	});

	it('updateSettings: refuses nothing to change and a JSON group that is not an object', async () => {
		await refused(h, { resource: 'website', operation: 'updateSettings', updateFields: {} }, 'Update Fields', /at least one setting/);
		await refused(h, { resource: 'website', operation: 'updateSettings', updateFields: { chatbox: '[1]' } }, 'Update Fields → Chatbox (JSON)', /JSON object/);
	});

	it('getAvailability and getOperatorAvailabilities', async () => {
		expect(jsonOf(await run('getAvailability'))).toEqual([{ status: 'online', since: h.fake.site().availability.since }]);
		const each = jsonOf(await run('getOperatorAvailabilities', { returnAll: true }));
		expect(each.map((o) => [o.user_id, o.type])).toEqual([...h.fake.site().operators.values()].map((o) => [o.details.user_id, o.details.availability]));
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/availability/status`, query: {} },
			{ method: 'GET', path: `${W()}/availability/operators`, query: {} },
		]);
	});

	it('verify settings: get, turn on; rolling the key changes it and never outputs it', async () => {
		const before = h.fake.site().verify.secret;
		expect(jsonOf(await run('getVerifySettings'))).toEqual([{ enabled: false }]);
		expect(jsonOf(await run('updateVerifySettings', { enabled: true }))).toEqual([{ success: true }]);
		const rolled = jsonOf(await run('rollVerifyKey'));
		expect(rolled).toEqual([{ success: true }]);
		expect(h.fake.site().verify).toMatchObject({ enabled: true });
		expect(h.fake.site().verify.secret).not.toBe(before);
		expect(JSON.stringify(rolled)).not.toContain(h.fake.site().verify.secret);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${W()}/verify/settings`, query: {} },
			{ method: 'PATCH', path: `${W()}/verify/settings`, query: {}, body: { enabled: true } },
			{ method: 'POST', path: `${W()}/verify/key`, query: {} },
		]);
	});

	it('rollVerifyKey: a key in the answer is not passed on', async () => {
		h.fake.inject({ status: 200, body: { error: false, reason: 'updated', data: { secret: 'k'.repeat(32) } } }, { times: 1 });
		expect(jsonOf(await run('rollVerifyKey'))).toEqual([{ success: true }]);
	});
});

describe('website: endpoints and analytics', () => {
	it('getConnectEndpoints: GET /website/{id}/connect/endpoints', async () => {
		expect(jsonOf(await run('getConnectEndpoints'))).toEqual([{ socket: { app: 'wss://app.relay.crisp.chat/' } }]);
		expect(h.requests()).toEqual([{ method: 'GET', path: `${W()}/connect/endpoints`, query: {} }]);
	});

	it('generateAnalytics: POST the query as given', async () => {
		const query = { metric: 'conversation', type: 'count', date: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' } };
		expect(jsonOf(await run('generateAnalytics', { query: JSON.stringify(query) }))).toEqual([{ points: [] }]);
		expect(h.requests()).toEqual([{ method: 'POST', path: `${W()}/analytics/generate`, query: {}, body: query }]);
	});

	it('generateAnalytics: refuses a query that is not JSON', async () => {
		await refused(h, { resource: 'website', operation: 'generateAnalytics', query: '{metric' }, 'Query (JSON)', /valid JSON/);
	});

	it("a website the plugin is not installed on fails with Crisp's not_allowed (403)", async () => {
		const site = h.fake.store.addWebsite({ name: 'Elsewhere', domain: 'elsewhere.example' });
		await apiError(h, { resource: 'website', operation: 'getSettings', websiteId: byId(site.website.website_id) }, 403, 'not_allowed');
	});
});
