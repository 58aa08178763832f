/**
 * Admin group: macros, campaigns and dashboard apps (routes confirmed in the server's routes.rb,
 * served by the fake's code-confirmed routes; their tables are in fake.state).
 */
import { byId, jsonOf, useChatwoot } from './harness';

const h = useChatwoot();

const extras = () => h.fake.state;

describe('macro', () => {
	let id: number;
	const macro = () => extras().macros.find((m) => m.id === id);
	const actions = [{ action_name: 'add_label', action_params: ['vip'] }, { action_name: 'resolve_conversation' }];

	it('create: POST name, visibility and actions; unwraps {payload}; sends the token', async () => {
		const items = await h.run({ resource: 'macro', operation: 'create', name: 'VIP and close', actions: JSON.stringify(actions), visibility: 'global' });
		expect(h.only()).toEqual({ method: 'POST', path: `${h.A()}/macros`, query: {}, body: { name: 'VIP and close', visibility: 'global', actions } });
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		id = extras().macros.find((m) => m.name === 'VIP and close')!.id;
		expect(macro()).toMatchObject({ visibility: 'global', actions });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id, name: 'VIP and close', visibility: 'global', actions })]);
	});

	it('create: refuses no actions, shapeless actions, a bad visibility', async () => {
		await h.refused({ resource: 'macro', operation: 'create', name: 'X', actions: '[]' }, 'Actions (JSON)');
		await h.refused({ resource: 'macro', operation: 'create', name: 'X', actions: '[{"label":"x"}]' }, 'Actions (JSON)');
		await h.refused({ resource: 'macro', operation: 'create', name: 'X', actions: JSON.stringify(actions), visibility: 'team' }, 'Visibility');
	});

	it('getAll: unwraps {payload}; Limit slices', async () => {
		await h.run({ resource: 'macro', operation: 'create', name: 'Second', actions: JSON.stringify(actions) });
		h.fake.clearLog();
		const items = await h.run({ resource: 'macro', operation: 'getAll', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/macros`, query: {} });
		expect(jsonOf(items).map((m) => m.id)).toEqual(extras().macros.map((m) => m.id));
		h.fake.clearLog();
		expect(jsonOf(await h.run({ resource: 'macro', operation: 'getAll', limit: 1 })).map((m) => m.id)).toEqual([extras().macros[0].id]);
	});

	it('get and update', async () => {
		const got = await h.run({ resource: 'macro', operation: 'get', macroId: byId(id) });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/macros/${id}`, query: {} });
		expect(jsonOf(got)[0]).toMatchObject({ id, name: macro()!.name });
		h.fake.clearLog();
		const updated = await h.run({ resource: 'macro', operation: 'update', macroId: byId(id), updateFields: { name: 'VIP', visibility: 'personal' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/macros/${id}`, query: {}, body: { name: 'VIP', visibility: 'personal' } });
		expect(macro()).toMatchObject({ name: 'VIP', visibility: 'personal' });
		expect(jsonOf(updated)[0]).toMatchObject({ id, name: 'VIP' });
		h.fake.clearLog();
		await h.refused({ resource: 'macro', operation: 'update', macroId: byId(id), updateFields: {} }, 'Update Fields');
	});

	it('execute: POST the conversation ids', async () => {
		const before = extras().macroExecutions.length;
		const items = await h.run({ resource: 'macro', operation: 'execute', macroId: byId(id), conversationIds: '1, 2' });
		expect(h.only()).toEqual({ method: 'POST', path: `${h.A()}/macros/${id}/execute`, query: {}, body: { conversation_ids: [1, 2] } });
		expect(extras().macroExecutions.slice(before)).toEqual([{ macroId: id, conversationIds: [1, 2], userId: h.fake.seeded!.users.alice }]);
		expect(jsonOf(items)).toEqual([{ success: true, conversation_ids: [1, 2] }]);
		h.fake.clearLog();
		await h.refused({ resource: 'macro', operation: 'execute', macroId: byId(id), conversationIds: '1, two' }, 'Conversation IDs');
		await h.refused({ resource: 'macro', operation: 'execute', macroId: byId(id), conversationIds: '' }, 'Conversation IDs');
		await h.refused({ resource: 'macro', operation: 'execute', macroId: byId('12/../../x'), conversationIds: '1' }, 'Macro');
	});

	it('delete', async () => {
		expect(jsonOf(await h.run({ resource: 'macro', operation: 'delete', macroId: byId(id) }))).toEqual([{ success: true }]);
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/macros/${id}`, query: {} });
		expect(macro()).toBeUndefined();
	});

	it('API error: the deleted macro cannot run (404)', async () => {
		await h.apiError({ resource: 'macro', operation: 'execute', macroId: byId(id), conversationIds: '1' }, 404, 'Resource could not be found');
	});
});

describe('campaign', () => {
	let id: number;
	const campaign = () => extras().campaigns.find((c) => c.id === id);

	it('create: an ongoing website campaign with trigger rules and sender', async () => {
		const { website } = h.fake.seeded!.inboxes;
		const bob = h.fake.seeded!.users.bob;
		const items = await h.run({
			resource: 'campaign',
			operation: 'create',
			title: 'Pricing help',
			inboxId: byId(website),
			message: 'Questions about plans?',
			additionalFields: { senderId: String(bob), urlPattern: 'https://www.acme.test/pricing', timeOnPage: 10, enabled: true },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${h.A()}/campaigns`,
			query: {},
			body: {
				title: 'Pricing help',
				message: 'Questions about plans?',
				inbox_id: website,
				enabled: true,
				sender_id: bob,
				trigger_rules: { url: 'https://www.acme.test/pricing', time_on_page: 10 },
			},
		});
		id = extras().campaigns.find((c) => c.title === 'Pricing help')!.id;
		expect(campaign()).toMatchObject({ campaign_type: 'ongoing', inbox_id: website, sender_id: bob, trigger_rules: { url: 'https://www.acme.test/pricing', time_on_page: 10 } });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id, title: 'Pricing help', campaign_type: 'ongoing' })]);
	});

	it('create: a one-off campaign with an audience of labels and a schedule', async () => {
		const sms = h.fake.addInbox({ name: 'SMS', channel_type: 'Channel::Sms' });
		const labels = h.fake.state.labelsOf(h.fake.accountId).slice(0, 2);
		await h.run({
			resource: 'campaign',
			operation: 'create',
			title: 'Sale',
			inboxId: byId(sms.id),
			message: '20% off today',
			additionalFields: { audienceLabelIds: labels.map((l) => String(l.id)), scheduledAt: '2030-01-01T10:00:00Z' },
		});
		expect(h.only().body).toEqual({
			title: 'Sale',
			message: '20% off today',
			inbox_id: sms.id,
			audience: labels.map((l) => ({ type: 'Label', id: l.id })),
			scheduled_at: '2030-01-01T10:00:00.000Z',
		});
		expect(extras().campaigns.find((c) => c.title === 'Sale')).toMatchObject({ campaign_type: 'one_off', scheduled_at: 1893492000 });
		h.fake.clearLog();
		await h.refused({ resource: 'campaign', operation: 'create', title: 'X', inboxId: byId(sms.id), message: 'Y', additionalFields: { audienceLabelIds: ['vip'] } }, 'Additional Fields → Audience Label Names or IDs');
		await h.refused({ resource: 'campaign', operation: 'create', title: 'X', inboxId: byId(sms.id), message: 'Y', additionalFields: { scheduledAt: 'tomorrow-ish' } }, 'Additional Fields → Scheduled At');
		await h.refused({ resource: 'campaign', operation: 'create', title: 'X', message: 'Y' }, 'Inbox');
	});

	it('getAll: the bare array; Limit slices', async () => {
		const items = await h.run({ resource: 'campaign', operation: 'getAll', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/campaigns`, query: {} });
		expect(jsonOf(items).map((c) => c.id)).toEqual(extras().campaigns.map((c) => c.id));
		h.fake.clearLog();
		expect(await h.run({ resource: 'campaign', operation: 'getAll', limit: 1 })).toHaveLength(1);
	});

	it('get and update', async () => {
		const got = await h.run({ resource: 'campaign', operation: 'get', campaignId: byId(id) });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/campaigns/${id}`, query: {} });
		expect(jsonOf(got)[0]).toMatchObject({ id, title: campaign()!.title });
		h.fake.clearLog();
		const updated = await h.run({ resource: 'campaign', operation: 'update', campaignId: byId(id), updateFields: { enabled: false, message: 'Need help choosing?' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/campaigns/${id}`, query: {}, body: { message: 'Need help choosing?', enabled: false } });
		expect(campaign()).toMatchObject({ enabled: false, message: 'Need help choosing?' });
		expect(jsonOf(updated)[0]).toMatchObject({ id, enabled: false });
	});

	it('update: nothing to change (an empty audience list included) is refused before any request', async () => {
		await h.refused({ resource: 'campaign', operation: 'update', campaignId: byId(id), updateFields: {} }, 'Update Fields', 'needs at least one field to change');
		await h.refused({ resource: 'campaign', operation: 'update', campaignId: byId(id), updateFields: { audienceLabelIds: [] } }, 'Update Fields', 'needs at least one field to change');
	});

	it('delete', async () => {
		expect(jsonOf(await h.run({ resource: 'campaign', operation: 'delete', campaignId: byId(id) }))).toEqual([{ success: true }]);
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/campaigns/${id}`, query: {} });
		expect(campaign()).toBeUndefined();
	});

	it('API error: an API inbox cannot run campaigns (422)', async () => {
		await h.apiError(
			{ resource: 'campaign', operation: 'create', title: 'X', inboxId: byId(h.fake.seeded!.inboxes.api), message: 'Y' },
			422,
			'Inbox Unsupported Inbox type',
		);
	});
});

describe('dashboardApp', () => {
	let id: number;
	const app = () => extras().dashboardApps.find((d) => d.id === id);

	it('create: POST title and one frame', async () => {
		const items = await h.run({ resource: 'dashboardApp', operation: 'create', title: 'Orders', url: 'https://orders.example.com/panel' });
		expect(h.only()).toEqual({ method: 'POST', path: `${h.A()}/dashboard_apps`, query: {}, body: { title: 'Orders', content: [{ type: 'frame', url: 'https://orders.example.com/panel' }] } });
		id = extras().dashboardApps.find((d) => d.title === 'Orders')!.id;
		expect(app()).toMatchObject({ content: [{ type: 'frame', url: 'https://orders.example.com/panel' }] });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id, title: 'Orders' })]);
		h.fake.clearLog();
		await h.refused({ resource: 'dashboardApp', operation: 'create', title: 'X', url: 'javascript:alert(1)' }, 'URL');
		await h.refused({ resource: 'dashboardApp', operation: 'create', url: 'https://x.test' }, 'Title');
	});

	it('getAll, get and update', async () => {
		const all = await h.run({ resource: 'dashboardApp', operation: 'getAll', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/dashboard_apps`, query: {} });
		expect(jsonOf(all).map((d) => d.id)).toEqual(extras().dashboardApps.map((d) => d.id));
		h.fake.clearLog();
		expect(await h.run({ resource: 'dashboardApp', operation: 'getAll', limit: 1 })).toHaveLength(1);

		h.fake.clearLog();
		const got = await h.run({ resource: 'dashboardApp', operation: 'get', dashboardAppId: byId(id) });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/dashboard_apps/${id}`, query: {} });
		expect(jsonOf(got)[0]).toMatchObject({ id, title: 'Orders' });

		h.fake.clearLog();
		const updated = await h.run({ resource: 'dashboardApp', operation: 'update', dashboardAppId: byId(id), updateFields: { url: 'https://orders.example.com/v2' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/dashboard_apps/${id}`, query: {}, body: { content: [{ type: 'frame', url: 'https://orders.example.com/v2' }] } });
		expect(app()!.content).toEqual([{ type: 'frame', url: 'https://orders.example.com/v2' }]);
		expect(jsonOf(updated)[0]).toMatchObject({ id, content: [{ type: 'frame', url: 'https://orders.example.com/v2' }] });
	});

	it('delete', async () => {
		expect(jsonOf(await h.run({ resource: 'dashboardApp', operation: 'delete', dashboardAppId: byId(id) }))).toEqual([{ success: true }]);
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/dashboard_apps/${id}`, query: {} });
		expect(app()).toBeUndefined();
	});

	it('API error: 404 for the deleted app', async () => {
		await h.apiError({ resource: 'dashboardApp', operation: 'get', dashboardAppId: byId(id) }, 404, 'Resource could not be found');
	});
});
