/**
 * Plugin resource: the plugin token's account and connected websites (plugin connect), and the
 * plugin subscriptions of websites (details, settings, usage bills, provenance, channel and
 * events), against the fake Crisp server. Per-website plugin tokens never reach the items.
 */
import type { IDataObject } from 'n8n-workflow';
import { byId, jsonOf, useCrisp } from './harness';
import { apiError, refused } from '@leadchat/testkit';

const h = useCrisp(true);
const run = (operation: string, parameters: Record<string, unknown> = {}) => h.run({ resource: 'plugin', operation, ...parameters });
const pluginId = () => h.fake.seeded!.pluginId;
const site = () => h.fake.websiteId;
const other = () => h.fake.seeded!.otherWebsiteId;
const S = (websiteId = site()) => `/v1/plugins/subscription/${websiteId}`;
const subscription = (websiteId = site()) => h.fake.store.pluginSubscriptions.get(`${websiteId}:${pluginId()}`)!;

describe('plugin: connect', () => {
	it('getAccount: GET /plugin/connect/account', async () => {
		expect(jsonOf(await run('getAccount'))).toEqual([{ plugin_id: pluginId() }]);
		expect(h.requests()).toEqual([{ method: 'GET', path: '/v1/plugin/connect/account', query: {} }]);
	});

	it('checkSession: HEAD /plugin/connect/session is valid, and not valid with a refused token (401)', async () => {
		expect(jsonOf(await run('checkSession'))).toEqual([{ valid: true }]);
		const credentials = { leadchatCrispApi: h.fake.credentials('plugin', { key: 'wrong' }) as never };
		expect(jsonOf(await h.run({ resource: 'plugin', operation: 'checkSession' }, { credentials }))).toEqual([{ valid: false }]);
		expect(h.requests()).toEqual([
			{ method: 'HEAD', path: '/v1/plugin/connect/session', query: {} },
			{ method: 'HEAD', path: '/v1/plugin/connect/session', query: {} },
		]);
	});

	it('checkSession: a website token is refused with 403, an error rather than "not valid"', async () => {
		const credentials = { leadchatCrispApi: h.fake.credentials('website') as never };
		const error = await h.runError({ resource: 'plugin', operation: 'checkSession' }, { credentials });
		expect(error.httpCode).toBe('403');
	});

	it('getConnectedWebsites: the pages of /plugin/connect/websites/all/{page} with the filters; tokens left out', async () => {
		const all = jsonOf(await run('getConnectedWebsites', { returnAll: true, options: { includePlan: true } }));
		expect(all).toEqual([
			{ website_id: site(), settings: subscription().settings, plan: { id: h.fake.site().plan!.id, name: 'Unlimited', trialing: false } },
			{ website_id: other(), settings: {}, plan: null },
		]);
		const configured = jsonOf(await run('getConnectedWebsites', { returnAll: true, options: { configuredOnly: true } }));
		expect(configured.map((w) => w.website_id)).toEqual([site()]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: '/v1/plugin/connect/websites/all/1', query: { include_plan: '1' } },
			{ method: 'GET', path: '/v1/plugin/connect/websites/all/2', query: { include_plan: '1' } },
			{ method: 'GET', path: '/v1/plugin/connect/websites/all/1', query: { filter_configured: '1' } },
			{ method: 'GET', path: '/v1/plugin/connect/websites/all/2', query: { filter_configured: '1' } },
		]);
		expect(JSON.stringify([all, configured])).not.toContain(subscription().token);
	});

	it('getConnectedWebsitesSince: GET /plugin/connect/websites/since?date_since=ISO', async () => {
		const since = new Date(subscription().since - 1000).toISOString();
		const items = jsonOf(await run('getConnectedWebsitesSince', { since, returnAll: true }));
		expect(items).toEqual([
			{ website_id: site(), settings: subscription().settings, difference: 'added' },
			{ website_id: other(), settings: {}, difference: 'added' },
		]);
		expect(h.requests()).toEqual([{ method: 'GET', path: '/v1/plugin/connect/websites/since', query: { date_since: since } }]);
		await refused(h, { resource: 'plugin', operation: 'getConnectedWebsitesSince', returnAll: true }, 'Since', /is required/);
	});

	it('getConnectEndpoints: GET /plugin/connect/endpoints', async () => {
		expect(jsonOf(await run('getConnectEndpoints'))).toEqual([{ socket: { app: 'wss://app.relay.crisp.chat/' } }]);
		expect(h.requests()).toEqual([{ method: 'GET', path: '/v1/plugin/connect/endpoints', query: {} }]);
	});
});

describe('plugin: subscriptions', () => {
	it("getAllSubscriptions and getWebsiteSubscriptions; the website is the credential's default or the one chosen", async () => {
		const all = jsonOf(await run('getAllSubscriptions', { returnAll: true }));
		expect(all.map((s) => s.website_id)).toEqual([site(), other()]);
		expect(jsonOf(await run('getWebsiteSubscriptions', { returnAll: true }))).toEqual([all[0]]);
		expect(jsonOf(await run('getWebsiteSubscriptions', { returnAll: true, websiteId: byId(other()) }))).toEqual([all[1]]);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: '/v1/plugins/subscription', query: {} },
			{ method: 'GET', path: S(), query: {} },
			{ method: 'GET', path: S(other()), query: {} },
		]);
	});

	it('getSubscription, unsubscribe, subscribe: GET, DELETE and POST {plugin_id}', async () => {
		const details = jsonOf(await run('getSubscription', { pluginId: pluginId() }));
		expect(details[0]).toMatchObject({ id: pluginId(), website_id: site(), active: true });
		expect(jsonOf(await run('unsubscribe', { pluginId: pluginId(), websiteId: byId(other()) }))).toEqual([{ success: true }]);
		expect(h.fake.store.pluginSubscriptions.has(`${other()}:${pluginId()}`)).toBe(false);
		const extra = '0b8e1f4c-1111-4222-8333-444455556666';
		expect(jsonOf(await run('subscribe', { pluginId: extra }))).toEqual([{ success: true }]);
		expect(h.fake.store.pluginSubscriptions.has(`${site()}:${extra}`)).toBe(true);
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${S()}/${pluginId()}`, query: {} },
			{ method: 'DELETE', path: `${S(other())}/${pluginId()}`, query: {} },
			{ method: 'POST', path: S(), query: {}, body: { plugin_id: extra } },
		]);
	});

	it('settings: get (token left out), replace (PUT) and update (PATCH merges)', async () => {
		const got = jsonOf(await run('getSettings', { pluginId: pluginId() }))[0];
		expect(got).toMatchObject({ plugin_id: pluginId(), website_id: site(), settings: subscription().settings });
		expect(got).not.toHaveProperty('token');
		await run('saveSettings', { pluginId: pluginId(), settings: '{"crm_url": "https://crm2.example"}' });
		expect(subscription().settings).toEqual({ crm_url: 'https://crm2.example' });
		await run('updateSettings', { pluginId: pluginId(), settings: { sync_contacts: false } });
		expect(subscription().settings).toEqual({ crm_url: 'https://crm2.example', sync_contacts: false });
		expect(h.requests()).toEqual([
			{ method: 'GET', path: `${S()}/${pluginId()}/settings`, query: {} },
			{ method: 'PUT', path: `${S()}/${pluginId()}/settings`, query: {}, body: { crm_url: 'https://crm2.example' } },
			{ method: 'PATCH', path: `${S()}/${pluginId()}/settings`, query: {}, body: { sync_contacts: false } },
		]);
	});

	it('usage: report, then get the usage bills', async () => {
		expect(jsonOf(await run('reportUsage', { pluginId: pluginId(), usage: '{"name": "Translations", "units": 120}' }))).toEqual([{ success: true }]);
		const bills = jsonOf(await run('getUsageBills', { pluginId: pluginId(), returnAll: true }));
		expect(bills).toEqual([{ name: 'Translations', units: 120, plugin_id: pluginId(), reported_at: expect.any(Number) }]);
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${S()}/${pluginId()}/bill/usage`, query: {}, body: { name: 'Translations', units: 120 } },
			{ method: 'GET', path: `${S()}/${pluginId()}/bill/usage`, query: {} },
		]);
	});

	it('getAttestProvenance: GET …/attest/provenance', async () => {
		expect(jsonOf(await run('getAttestProvenance', { pluginId: pluginId() }))).toEqual([{ website_id: site(), plugin_id: pluginId(), verified: true }]);
		expect(h.requests()).toEqual([{ method: 'GET', path: `${S()}/${pluginId()}/attest/provenance`, query: {} }]);
	});

	it('forwardToChannel and dispatchEvent: POST …/channel and …/event; Crisp emits plugin:channel and plugin:event', async () => {
		await run('forwardToChannel', { pluginId: pluginId(), namespace: 'sync', identifier: 'order-42', payload: '{"paid": true}' });
		await run('dispatchEvent', { pluginId: pluginId(), name: 'order:paid', data: { amount: 49 } });
		expect(h.requests()).toEqual([
			{ method: 'POST', path: `${S()}/${pluginId()}/channel`, query: {}, body: { namespace: 'sync', identifier: 'order-42', payload: { paid: true } } },
			{ method: 'POST', path: `${S()}/${pluginId()}/event`, query: {}, body: { name: 'order:paid', data: { amount: 49 } } },
		]);
		const events = h.fake.store.events.filter((e) => e.event.startsWith('plugin:')).map((e) => [e.event, e.data] as [string, IDataObject]);
		expect(events).toEqual([
			['plugin:channel', { website_id: site(), plugin_id: pluginId(), namespace: 'sync', identifier: 'order-42', payload: { paid: true } }],
			['plugin:event', { website_id: site(), plugin_id: pluginId(), name: 'order:paid', data: { amount: 49 } }],
		]);
	});

	it('refuses a missing plugin ID, settings that are not a JSON object, and an event without a name', async () => {
		await refused(h, { resource: 'plugin', operation: 'getSubscription' }, 'Plugin ID', /is required/);
		await refused(h, { resource: 'plugin', operation: 'updateSettings', pluginId: pluginId(), settings: '[]' }, 'Settings (JSON)', /JSON object/);
		await refused(h, { resource: 'plugin', operation: 'dispatchEvent', pluginId: pluginId() }, 'Event Name', /is required/);
	});

	it("a plugin the website did not subscribe to fails with Crisp's not_found", async () => {
		await apiError(h, { resource: 'plugin', operation: 'getSettings', pluginId: '0b8e1f4c-1111-4222-8333-444455556666' }, 404, 'not_found');
	});
});
