/**
 * Admin group: macros, campaigns and dashboard apps (routes confirmed in the server's routes.rb,
 * served by the fake's code-confirmed routes; their tables are in fake.state).
 */
import { jsonOf, rl, run, useFake } from './harness';

const { fake, A, only, refused, apiError } = useFake();

const extras = () => fake.state;

describe('macro', () => {
	let id: number;
	const macro = () => extras().macros.find((m) => m.id === id);
	const actions = [{ action_name: 'add_label', action_params: ['vip'] }, { action_name: 'resolve_conversation' }];

	it('create: POST name, visibility and actions; unwraps {payload}; sends the token', async () => {
		const items = await run(fake, { resource: 'macro', operation: 'create', name: 'VIP and close', actions: JSON.stringify(actions), visibility: 'global' });
		expect(only()).toEqual({ method: 'POST', path: `${A()}/macros`, query: {}, body: { name: 'VIP and close', visibility: 'global', actions } });
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		id = extras().macros.find((m) => m.name === 'VIP and close')!.id;
		expect(macro()).toMatchObject({ visibility: 'global', actions });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id, name: 'VIP and close', visibility: 'global', actions })]);
	});

	it('create: refuses no actions, shapeless actions, a bad visibility', async () => {
		await refused({ resource: 'macro', operation: 'create', name: 'X', actions: '[]' }, 'Actions (JSON)');
		await refused({ resource: 'macro', operation: 'create', name: 'X', actions: '[{"label":"x"}]' }, 'Actions (JSON)');
		await refused({ resource: 'macro', operation: 'create', name: 'X', actions: JSON.stringify(actions), visibility: 'team' }, 'Visibility');
	});

	it('getAll: unwraps {payload}; Limit slices', async () => {
		await run(fake, { resource: 'macro', operation: 'create', name: 'Second', actions: JSON.stringify(actions) });
		fake.server.clearLog();
		const items = await run(fake, { resource: 'macro', operation: 'getAll', returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/macros`, query: {}, body: undefined });
		expect(jsonOf(items).map((m) => m.id)).toEqual(extras().macros.map((m) => m.id));
		fake.server.clearLog();
		expect(jsonOf(await run(fake, { resource: 'macro', operation: 'getAll', limit: 1 })).map((m) => m.id)).toEqual([extras().macros[0].id]);
	});

	it('get and update', async () => {
		const got = await run(fake, { resource: 'macro', operation: 'get', macroId: rl(id) });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/macros/${id}`, query: {}, body: undefined });
		expect(jsonOf(got)[0]).toMatchObject({ id, name: macro()!.name });
		fake.server.clearLog();
		const updated = await run(fake, { resource: 'macro', operation: 'update', macroId: rl(id), updateFields: { name: 'VIP', visibility: 'personal' } });
		expect(only()).toEqual({ method: 'PATCH', path: `${A()}/macros/${id}`, query: {}, body: { name: 'VIP', visibility: 'personal' } });
		expect(macro()).toMatchObject({ name: 'VIP', visibility: 'personal' });
		expect(jsonOf(updated)[0]).toMatchObject({ id, name: 'VIP' });
		fake.server.clearLog();
		await refused({ resource: 'macro', operation: 'update', macroId: rl(id), updateFields: {} }, 'Update Fields');
	});

	it('execute: POST the conversation ids', async () => {
		const before = extras().macroExecutions.length;
		const items = await run(fake, { resource: 'macro', operation: 'execute', macroId: rl(id), conversationIds: '1, 2' });
		expect(only()).toEqual({ method: 'POST', path: `${A()}/macros/${id}/execute`, query: {}, body: { conversation_ids: [1, 2] } });
		expect(extras().macroExecutions.slice(before)).toEqual([{ macroId: id, conversationIds: [1, 2], userId: fake.seeded!.users.alice }]);
		expect(jsonOf(items)).toEqual([{ success: true, conversation_ids: [1, 2] }]);
		fake.server.clearLog();
		await refused({ resource: 'macro', operation: 'execute', macroId: rl(id), conversationIds: '1, two' }, 'Conversation IDs');
		await refused({ resource: 'macro', operation: 'execute', macroId: rl(id), conversationIds: '' }, 'Conversation IDs');
		await refused({ resource: 'macro', operation: 'execute', macroId: rl('12/../../x'), conversationIds: '1' }, 'Macro');
	});

	it('delete', async () => {
		expect(jsonOf(await run(fake, { resource: 'macro', operation: 'delete', macroId: rl(id) }))).toEqual([{ success: true }]);
		expect(only()).toEqual({ method: 'DELETE', path: `${A()}/macros/${id}`, query: {}, body: undefined });
		expect(macro()).toBeUndefined();
	});

	it('API error: the deleted macro cannot run (404)', async () => {
		await apiError({ resource: 'macro', operation: 'execute', macroId: rl(id), conversationIds: '1' }, 404, 'Resource could not be found');
	});
});

describe('campaign', () => {
	let id: number;
	const campaign = () => extras().campaigns.find((c) => c.id === id);

	it('create: an ongoing website campaign with trigger rules and sender', async () => {
		const { website } = fake.seeded!.inboxes;
		const bob = fake.seeded!.users.bob;
		const items = await run(fake, {
			resource: 'campaign',
			operation: 'create',
			title: 'Pricing help',
			inboxId: rl(website),
			message: 'Questions about plans?',
			additionalFields: { senderId: String(bob), urlPattern: 'https://www.acme.test/pricing', timeOnPage: 10, enabled: true },
		});
		expect(only()).toEqual({
			method: 'POST',
			path: `${A()}/campaigns`,
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
		const sms = fake.addInbox({ name: 'SMS', channel_type: 'Channel::Sms' });
		const labels = fake.state.labelsOf(fake.accountId).slice(0, 2);
		await run(fake, {
			resource: 'campaign',
			operation: 'create',
			title: 'Sale',
			inboxId: rl(sms.id),
			message: '20% off today',
			additionalFields: { audienceLabelIds: labels.map((l) => String(l.id)), scheduledAt: '2030-01-01T10:00:00Z' },
		});
		expect(only().body).toEqual({
			title: 'Sale',
			message: '20% off today',
			inbox_id: sms.id,
			audience: labels.map((l) => ({ type: 'Label', id: l.id })),
			scheduled_at: '2030-01-01T10:00:00.000Z',
		});
		expect(extras().campaigns.find((c) => c.title === 'Sale')).toMatchObject({ campaign_type: 'one_off', scheduled_at: 1893492000 });
		fake.server.clearLog();
		await refused({ resource: 'campaign', operation: 'create', title: 'X', inboxId: rl(sms.id), message: 'Y', additionalFields: { audienceLabelIds: ['vip'] } }, 'Additional Fields → Audience Label Names or IDs');
		await refused({ resource: 'campaign', operation: 'create', title: 'X', inboxId: rl(sms.id), message: 'Y', additionalFields: { scheduledAt: 'tomorrow-ish' } }, 'Additional Fields → Scheduled At');
		await refused({ resource: 'campaign', operation: 'create', title: 'X', message: 'Y' }, 'Inbox');
	});

	it('getAll: the bare array; Limit slices', async () => {
		const items = await run(fake, { resource: 'campaign', operation: 'getAll', returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/campaigns`, query: {}, body: undefined });
		expect(jsonOf(items).map((c) => c.id)).toEqual(extras().campaigns.map((c) => c.id));
		fake.server.clearLog();
		expect(await run(fake, { resource: 'campaign', operation: 'getAll', limit: 1 })).toHaveLength(1);
	});

	it('get and update', async () => {
		const got = await run(fake, { resource: 'campaign', operation: 'get', campaignId: rl(id) });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/campaigns/${id}`, query: {}, body: undefined });
		expect(jsonOf(got)[0]).toMatchObject({ id, title: campaign()!.title });
		fake.server.clearLog();
		const updated = await run(fake, { resource: 'campaign', operation: 'update', campaignId: rl(id), updateFields: { enabled: false, message: 'Need help choosing?' } });
		expect(only()).toEqual({ method: 'PATCH', path: `${A()}/campaigns/${id}`, query: {}, body: { message: 'Need help choosing?', enabled: false } });
		expect(campaign()).toMatchObject({ enabled: false, message: 'Need help choosing?' });
		expect(jsonOf(updated)[0]).toMatchObject({ id, enabled: false });
	});

	it('update: nothing to change (an empty audience list included) is refused before any request', async () => {
		await refused({ resource: 'campaign', operation: 'update', campaignId: rl(id), updateFields: {} }, 'Update Fields', 'needs at least one field to change');
		await refused({ resource: 'campaign', operation: 'update', campaignId: rl(id), updateFields: { audienceLabelIds: [] } }, 'Update Fields', 'needs at least one field to change');
	});

	it('delete', async () => {
		expect(jsonOf(await run(fake, { resource: 'campaign', operation: 'delete', campaignId: rl(id) }))).toEqual([{ success: true }]);
		expect(only()).toEqual({ method: 'DELETE', path: `${A()}/campaigns/${id}`, query: {}, body: undefined });
		expect(campaign()).toBeUndefined();
	});

	it('API error: an API inbox cannot run campaigns (422)', async () => {
		await apiError(
			{ resource: 'campaign', operation: 'create', title: 'X', inboxId: rl(fake.seeded!.inboxes.api), message: 'Y' },
			422,
			'Inbox Unsupported Inbox type',
		);
	});
});

describe('dashboardApp', () => {
	let id: number;
	const app = () => extras().dashboardApps.find((d) => d.id === id);

	it('create: POST title and one frame', async () => {
		const items = await run(fake, { resource: 'dashboardApp', operation: 'create', title: 'Orders', url: 'https://orders.example.com/panel' });
		expect(only()).toEqual({ method: 'POST', path: `${A()}/dashboard_apps`, query: {}, body: { title: 'Orders', content: [{ type: 'frame', url: 'https://orders.example.com/panel' }] } });
		id = extras().dashboardApps.find((d) => d.title === 'Orders')!.id;
		expect(app()).toMatchObject({ content: [{ type: 'frame', url: 'https://orders.example.com/panel' }] });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id, title: 'Orders' })]);
		fake.server.clearLog();
		await refused({ resource: 'dashboardApp', operation: 'create', title: 'X', url: 'javascript:alert(1)' }, 'URL');
		await refused({ resource: 'dashboardApp', operation: 'create', url: 'https://x.test' }, 'Title');
	});

	it('getAll, get and update', async () => {
		const all = await run(fake, { resource: 'dashboardApp', operation: 'getAll', returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/dashboard_apps`, query: {}, body: undefined });
		expect(jsonOf(all).map((d) => d.id)).toEqual(extras().dashboardApps.map((d) => d.id));
		fake.server.clearLog();
		expect(await run(fake, { resource: 'dashboardApp', operation: 'getAll', limit: 1 })).toHaveLength(1);

		fake.server.clearLog();
		const got = await run(fake, { resource: 'dashboardApp', operation: 'get', dashboardAppId: rl(id) });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/dashboard_apps/${id}`, query: {}, body: undefined });
		expect(jsonOf(got)[0]).toMatchObject({ id, title: 'Orders' });

		fake.server.clearLog();
		const updated = await run(fake, { resource: 'dashboardApp', operation: 'update', dashboardAppId: rl(id), updateFields: { url: 'https://orders.example.com/v2' } });
		expect(only()).toEqual({ method: 'PATCH', path: `${A()}/dashboard_apps/${id}`, query: {}, body: { content: [{ type: 'frame', url: 'https://orders.example.com/v2' }] } });
		expect(app()!.content).toEqual([{ type: 'frame', url: 'https://orders.example.com/v2' }]);
		expect(jsonOf(updated)[0]).toMatchObject({ id, content: [{ type: 'frame', url: 'https://orders.example.com/v2' }] });
	});

	it('delete', async () => {
		expect(jsonOf(await run(fake, { resource: 'dashboardApp', operation: 'delete', dashboardAppId: rl(id) }))).toEqual([{ success: true }]);
		expect(only()).toEqual({ method: 'DELETE', path: `${A()}/dashboard_apps/${id}`, query: {}, body: undefined });
		expect(app()).toBeUndefined();
	});

	it('API error: 404 for the deleted app', async () => {
		await apiError({ resource: 'dashboardApp', operation: 'get', dashboardAppId: rl(id) }, 404, 'Resource could not be found');
	});
});
