/**
 * Admin group: labels, canned responses, custom attributes, custom filters, automation rules,
 * webhooks, integration apps and hooks.
 */
import { jsonOf, rl, run, useFake } from './harness';

const { fake, A, only, refused, apiError } = useFake();

const mine = <T extends { account_id: number }>(list: T[]) => list.filter((x) => x.account_id === fake.accountId);

describe('label', () => {
	let labelId: number;
	const label = () => fake.state.labels.find((l) => l.id === labelId)!;

	it('getAll: unwraps {payload}, sends the token; Limit slices', async () => {
		const items = await run(fake, { resource: 'label', operation: 'getAll', returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/labels`, query: {}, body: undefined });
		expect(fake.server.requests[0].headers.api_access_token).toBe(fake.tokens.user);
		expect(jsonOf(items).map((l) => l.id)).toEqual(mine(fake.state.labels).map((l) => l.id));
		fake.server.clearLog();
		expect(jsonOf(await run(fake, { resource: 'label', operation: 'getAll', limit: 2 })).map((l) => l.title)).toEqual(mine(fake.state.labels).slice(0, 2).map((l) => l.title));
	});

	it('create: POST title and options', async () => {
		const items = await run(fake, { resource: 'label', operation: 'create', title: 'churn-risk', additionalFields: { color: '#ff0000', showOnSidebar: false, description: 'May leave' } });
		expect(only()).toEqual({ method: 'POST', path: `${A()}/labels`, query: {}, body: { title: 'churn-risk', description: 'May leave', color: '#ff0000', show_on_sidebar: false } });
		labelId = mine(fake.state.labels).find((l) => l.title === 'churn-risk')!.id;
		expect(label()).toMatchObject({ color: '#ff0000', show_on_sidebar: false });
		expect(jsonOf(items)).toEqual([{ id: labelId, title: 'churn-risk', description: 'May leave', color: '#ff0000', show_on_sidebar: false }]);
	});

	it('create: refuses a title with spaces and a bad color', async () => {
		await refused({ resource: 'label', operation: 'create', title: 'two words' }, 'Title');
		await refused({ resource: 'label', operation: 'create', title: 'ok', additionalFields: { color: 'red' } }, 'Additional Fields → Color');
	});

	it('get: GET one label', async () => {
		const items = await run(fake, { resource: 'label', operation: 'get', labelId: rl(labelId) });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/labels/${labelId}`, query: {}, body: undefined });
		expect(jsonOf(items)[0]).toMatchObject({ id: labelId, title: label().title });
	});

	it('update: PATCH the description', async () => {
		const items = await run(fake, { resource: 'label', operation: 'update', labelId: rl(labelId), updateFields: { description: 'Likely to cancel' } });
		expect(only()).toEqual({ method: 'PATCH', path: `${A()}/labels/${labelId}`, query: {}, body: { description: 'Likely to cancel' } });
		expect(label().description).toBe('Likely to cancel');
		expect(jsonOf(items)[0]).toMatchObject({ id: labelId, description: 'Likely to cancel' });
		fake.server.clearLog();
		await refused({ resource: 'label', operation: 'update', labelId: rl(labelId), updateFields: {} }, 'Update Fields');
		await refused({ resource: 'label', operation: 'update', labelId: rl('12/../../x'), updateFields: { color: '#fff' } }, 'Label');
	});

	it('delete: DELETE the label', async () => {
		const items = await run(fake, { resource: 'label', operation: 'delete', labelId: rl(labelId) });
		expect(only()).toEqual({ method: 'DELETE', path: `${A()}/labels/${labelId}`, query: {}, body: undefined });
		expect(fake.state.labels.some((l) => l.id === labelId)).toBe(false);
		expect(jsonOf(items)).toEqual([{ success: true }]);
	});

	it('API error: the label is gone', async () => {
		await apiError({ resource: 'label', operation: 'get', labelId: rl(labelId) }, 404, 'Resource could not be found');
	});
});

describe('cannedResponse', () => {
	let id: number;
	const canned = () => fake.state.cannedResponses.find((c) => c.id === id);

	it('getAll: the bare array; Limit slices', async () => {
		const items = await run(fake, { resource: 'cannedResponse', operation: 'getAll', returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/canned_responses`, query: {}, body: undefined });
		expect(jsonOf(items).map((c) => c.short_code)).toEqual(mine(fake.state.cannedResponses).map((c) => c.short_code));
		fake.server.clearLog();
		expect(await run(fake, { resource: 'cannedResponse', operation: 'getAll', limit: 2 })).toHaveLength(2);
	});

	it('create: POST short code and content', async () => {
		const items = await run(fake, { resource: 'cannedResponse', operation: 'create', shortCode: 'bye', content: 'Have a nice day!' });
		expect(only()).toEqual({ method: 'POST', path: `${A()}/canned_responses`, query: {}, body: { short_code: 'bye', content: 'Have a nice day!' } });
		id = mine(fake.state.cannedResponses).find((c) => c.short_code === 'bye')!.id;
		expect(jsonOf(items)[0]).toMatchObject({ id, short_code: 'bye', content: 'Have a nice day!' });
		fake.server.clearLog();
		await refused({ resource: 'cannedResponse', operation: 'create', shortCode: 'x' }, 'Content');
	});

	it('update: PATCH the content', async () => {
		const items = await run(fake, { resource: 'cannedResponse', operation: 'update', cannedResponseId: rl(id), updateFields: { content: 'Bye!' } });
		expect(only()).toEqual({ method: 'PATCH', path: `${A()}/canned_responses/${id}`, query: {}, body: { content: 'Bye!' } });
		expect(canned()!.content).toBe('Bye!');
		expect(jsonOf(items)[0]).toMatchObject({ id, content: 'Bye!' });
		fake.server.clearLog();
		await refused({ resource: 'cannedResponse', operation: 'update', cannedResponseId: rl('abc'), updateFields: { content: 'x' } }, 'Canned Response');
	});

	it('delete: DELETE it', async () => {
		expect(jsonOf(await run(fake, { resource: 'cannedResponse', operation: 'delete', cannedResponseId: rl(id) }))).toEqual([{ success: true }]);
		expect(only()).toEqual({ method: 'DELETE', path: `${A()}/canned_responses/${id}`, query: {}, body: undefined });
		expect(canned()).toBeUndefined();
	});

	it('API error: a duplicate short code is refused by the server (422)', async () => {
		await apiError({ resource: 'cannedResponse', operation: 'create', shortCode: 'thanks', content: 'Again' }, 422, 'Short code has already been taken');
	});
});

describe('customAttribute', () => {
	let id: number;
	const definition = () => fake.state.customAttributeDefinitions.find((d) => d.id === id);

	it('getAll: attribute_model 1 for contacts, 0 for conversations', async () => {
		const contacts = await run(fake, { resource: 'customAttribute', operation: 'getAll', model: 'contact', returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/custom_attribute_definitions`, query: { attribute_model: '1' }, body: undefined });
		expect(jsonOf(contacts).map((d) => d.id)).toEqual(mine(fake.state.customAttributeDefinitions).filter((d) => d.attribute_model === 1).map((d) => d.id));
		fake.server.clearLog();
		const conversations = await run(fake, { resource: 'customAttribute', operation: 'getAll', model: 'conversation', returnAll: false, limit: 5 });
		expect(only().query).toEqual({ attribute_model: '0' });
		expect(jsonOf(conversations).map((d) => d.id)).toEqual(mine(fake.state.customAttributeDefinitions).filter((d) => d.attribute_model === 0).map((d) => d.id));
		fake.server.clearLog();
		await refused({ resource: 'customAttribute', operation: 'getAll', model: 'message', returnAll: true }, 'Applies To');
	});

	it('create: a list attribute with its values', async () => {
		const items = await run(fake, {
			resource: 'customAttribute',
			operation: 'create',
			displayName: 'Tier',
			key: 'tier',
			model: 'contact',
			displayType: 'list',
			additionalFields: { values: 'gold, silver', description: 'Loyalty tier' },
		});
		expect(only()).toEqual({
			method: 'POST',
			path: `${A()}/custom_attribute_definitions`,
			query: {},
			body: { attribute_display_name: 'Tier', attribute_key: 'tier', attribute_model: 1, attribute_display_type: 6, attribute_description: 'Loyalty tier', attribute_values: ['gold', 'silver'] },
		});
		id = mine(fake.state.customAttributeDefinitions).find((d) => d.attribute_key === 'tier')!.id;
		expect(definition()).toMatchObject({ attribute_model: 1, attribute_display_type: 6, attribute_values: ['gold', 'silver'] });
		expect(jsonOf(items)[0]).toMatchObject({ id, attribute_key: 'tier', attribute_display_type: 'list', attribute_model: 'contact_attribute' });
	});

	it('create: refuses a list without values, a bad key, a bad display type', async () => {
		await refused({ resource: 'customAttribute', operation: 'create', displayName: 'X', key: 'x', model: 'contact', displayType: 'list' }, 'Additional Fields → List Values');
		await refused({ resource: 'customAttribute', operation: 'create', displayName: 'X', key: 'has space', model: 'contact', displayType: 'text' }, 'Key');
		await refused({ resource: 'customAttribute', operation: 'create', displayName: 'X', key: 'x', model: 'contact', displayType: 'color' }, 'Display Type');
	});

	it('get: GET one definition', async () => {
		const items = await run(fake, { resource: 'customAttribute', operation: 'get', customAttributeId: rl(id) });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/custom_attribute_definitions/${id}`, query: {}, body: undefined });
		expect(jsonOf(items)[0]).toMatchObject({ id, attribute_display_name: definition()!.attribute_display_name });
	});

	it('update: PATCH the display name and type', async () => {
		const items = await run(fake, { resource: 'customAttribute', operation: 'update', customAttributeId: rl(id), updateFields: { displayName: 'Loyalty', displayType: 'text' } });
		expect(only()).toEqual({ method: 'PATCH', path: `${A()}/custom_attribute_definitions/${id}`, query: {}, body: { attribute_display_name: 'Loyalty', attribute_display_type: 0 } });
		expect(definition()).toMatchObject({ attribute_display_name: 'Loyalty', attribute_display_type: 0 });
		expect(jsonOf(items)[0]).toMatchObject({ id, attribute_display_name: 'Loyalty' });
	});

	it('delete: DELETE it', async () => {
		expect(jsonOf(await run(fake, { resource: 'customAttribute', operation: 'delete', customAttributeId: rl(id) }))).toEqual([{ success: true }]);
		expect(only()).toEqual({ method: 'DELETE', path: `${A()}/custom_attribute_definitions/${id}`, query: {}, body: undefined });
		expect(definition()).toBeUndefined();
	});

	it('API error: 404 on the deleted definition', async () => {
		await apiError({ resource: 'customAttribute', operation: 'get', customAttributeId: rl(id) }, 404, 'Resource could not be found');
	});
});

describe('customFilter', () => {
	let id: number;
	const filter = () => fake.state.customFilters.find((f) => f.id === id);
	const query = { payload: [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open'], query_operator: null }] };

	it('getAll: filter_type in the query; Limit slices', async () => {
		const items = await run(fake, { resource: 'customFilter', operation: 'getAll', filterType: 'conversation', returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/custom_filters`, query: { filter_type: 'conversation' }, body: undefined });
		expect(jsonOf(items).map((f) => f.id)).toEqual(mine(fake.state.customFilters).filter((f) => f.filter_type === 'conversation').map((f) => f.id));
		fake.server.clearLog();
		expect(await run(fake, { resource: 'customFilter', operation: 'getAll', filterType: 'contact', limit: 5 })).toHaveLength(0);
	});

	it('create: POST name, type and query (type as filter_type too)', async () => {
		const items = await run(fake, { resource: 'customFilter', operation: 'create', name: 'Open ones', filterType: 'conversation', query: JSON.stringify(query) });
		expect(only()).toEqual({
			method: 'POST',
			path: `${A()}/custom_filters`,
			query: { filter_type: 'conversation' },
			body: { name: 'Open ones', type: 'conversation', filter_type: 'conversation', query },
		});
		id = mine(fake.state.customFilters).find((f) => f.name === 'Open ones')!.id;
		expect(filter()).toMatchObject({ filter_type: 'conversation', query });
		expect(jsonOf(items)[0]).toMatchObject({ id, name: 'Open ones', type: 'conversation', query });
		fake.server.clearLog();
		await refused({ resource: 'customFilter', operation: 'create', name: 'X', filterType: 'conversation', query: '{"payload": [' }, 'Query (JSON)');
		await refused({ resource: 'customFilter', operation: 'create', name: 'X', filterType: 'conversation', query: '[1]' }, 'Query (JSON)');
	});

	it('get and update', async () => {
		const got = await run(fake, { resource: 'customFilter', operation: 'get', customFilterId: rl(id) });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/custom_filters/${id}`, query: {}, body: undefined });
		expect(jsonOf(got)[0]).toMatchObject({ id, name: 'Open ones' });
		fake.server.clearLog();
		const updated = await run(fake, { resource: 'customFilter', operation: 'update', customFilterId: rl(id), updateFields: { name: 'Still open' } });
		expect(only()).toEqual({ method: 'PATCH', path: `${A()}/custom_filters/${id}`, query: {}, body: { name: 'Still open' } });
		expect(filter()!.name).toBe('Still open');
		expect(jsonOf(updated)[0]).toMatchObject({ id, name: 'Still open' });
	});

	it('delete', async () => {
		expect(jsonOf(await run(fake, { resource: 'customFilter', operation: 'delete', customFilterId: rl(id) }))).toEqual([{ success: true }]);
		expect(only()).toEqual({ method: 'DELETE', path: `${A()}/custom_filters/${id}`, query: {}, body: undefined });
		expect(filter()).toBeUndefined();
	});

	it('API error: 404 on the deleted filter', async () => {
		await apiError({ resource: 'customFilter', operation: 'get', customFilterId: rl(id) }, 404, 'Resource could not be found');
	});
});

describe('automationRule', () => {
	let id: number;
	const rule = (ruleId = id) => fake.state.automationRules.find((r) => r.id === ruleId);
	const conditions = [{ attribute_key: 'content', filter_operator: 'contains', values: ['refund'], query_operator: null }];
	const actions = [{ action_name: 'add_label', action_params: ['billing'] }];

	it('getAll: unwraps {payload}; Limit slices', async () => {
		const items = await run(fake, { resource: 'automationRule', operation: 'getAll', returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/automation_rules`, query: {}, body: undefined });
		expect(jsonOf(items).map((r) => r.id)).toEqual(mine(fake.state.automationRules).map((r) => r.id));
		fake.server.clearLog();
		expect(await run(fake, { resource: 'automationRule', operation: 'getAll', limit: 1 })).toHaveLength(1);
	});

	it('create: POST the rule with JSON conditions and actions', async () => {
		const items = await run(fake, {
			resource: 'automationRule',
			operation: 'create',
			name: 'Refunds',
			eventName: 'message_created',
			conditions: JSON.stringify(conditions),
			actions: JSON.stringify(actions),
			additionalFields: { active: false },
		});
		expect(only()).toEqual({
			method: 'POST',
			path: `${A()}/automation_rules`,
			query: {},
			body: { name: 'Refunds', event_name: 'message_created', active: false, conditions, actions },
		});
		id = mine(fake.state.automationRules).find((r) => r.name === 'Refunds')!.id;
		expect(rule()).toMatchObject({ event_name: 'message_created', active: false, conditions, actions });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id, name: 'Refunds', conditions, actions })]);
	});

	it('create: refuses empty, malformed or shapeless conditions/actions', async () => {
		const base = { resource: 'automationRule', operation: 'create', name: 'X', eventName: 'message_created' };
		await refused({ ...base, conditions: '[]', actions: JSON.stringify(actions) }, 'Conditions (JSON)');
		await refused({ ...base, conditions: '[{', actions: JSON.stringify(actions) }, 'Conditions (JSON)');
		await refused({ ...base, conditions: JSON.stringify(conditions), actions: '[{"name":"x"}]' }, 'Actions (JSON)');
		await refused({ ...base, eventName: 'ticket_created', conditions: JSON.stringify(conditions), actions: JSON.stringify(actions) }, 'Event');
	});

	it('get, update and clone unwrap {payload}', async () => {
		const got = await run(fake, { resource: 'automationRule', operation: 'get', automationRuleId: rl(id) });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/automation_rules/${id}`, query: {}, body: undefined });
		expect(jsonOf(got)[0]).toMatchObject({ id, name: 'Refunds' });

		fake.server.clearLog();
		const updated = await run(fake, { resource: 'automationRule', operation: 'update', automationRuleId: rl(id), updateFields: { active: true, description: 'On' } });
		expect(only()).toEqual({ method: 'PATCH', path: `${A()}/automation_rules/${id}`, query: {}, body: { active: true, description: 'On' } });
		expect(rule()).toMatchObject({ active: true, description: 'On' });
		expect(jsonOf(updated)[0]).toMatchObject({ id, active: true });

		fake.server.clearLog();
		const cloned = await run(fake, { resource: 'automationRule', operation: 'clone', automationRuleId: rl(id) });
		expect(only()).toEqual({ method: 'POST', path: `${A()}/automation_rules/${id}/clone`, query: {}, body: undefined });
		const copy = jsonOf(cloned)[0];
		expect(copy.id).not.toBe(id);
		expect(rule(copy.id as number)).toMatchObject({ name: rule()!.name, conditions, actions });

		fake.server.clearLog();
		await refused({ resource: 'automationRule', operation: 'update', automationRuleId: rl(id), updateFields: { actions: '[{"x":1}]' } }, 'Update Fields → Actions (JSON)');
	});

	it('delete', async () => {
		expect(jsonOf(await run(fake, { resource: 'automationRule', operation: 'delete', automationRuleId: rl(id) }))).toEqual([{ success: true }]);
		expect(only()).toEqual({ method: 'DELETE', path: `${A()}/automation_rules/${id}`, query: {}, body: undefined });
		expect(rule()).toBeUndefined();
	});

	it('API error: 404 on the deleted rule', async () => {
		await apiError({ resource: 'automationRule', operation: 'clone', automationRuleId: rl(id) }, 404, 'Resource could not be found');
	});
});

describe('webhook', () => {
	let id: number;
	const hook = () => fake.state.webhooks.find((w) => w.id === id);

	it('create: POST url, events and inbox; unwraps {payload:{webhook}}', async () => {
		const inboxId = fake.seeded!.inboxes.api;
		const items = await run(fake, {
			resource: 'webhook',
			operation: 'create',
			url: 'https://example.com/cw',
			subscriptions: ['message_created', 'inbox_created'],
			additionalFields: { name: 'Mine', inboxId: String(inboxId) },
		});
		expect(only()).toEqual({
			method: 'POST',
			path: `${A()}/webhooks`,
			query: {},
			body: { url: 'https://example.com/cw', subscriptions: ['message_created', 'inbox_created'], name: 'Mine', inbox_id: inboxId },
		});
		id = mine(fake.state.webhooks).find((w) => w.url === 'https://example.com/cw')!.id;
		expect(hook()).toMatchObject({ subscriptions: ['message_created', 'inbox_created'], inbox_id: inboxId, name: 'Mine' });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id, url: 'https://example.com/cw', secret: hook()!.secret, inbox: { id: inboxId, name: expect.any(String) } })]);
	});

	it('create: refuses a bad URL, unknown events, no events', async () => {
		await refused({ resource: 'webhook', operation: 'create', url: 'ftp://x', subscriptions: ['message_created'] }, 'URL');
		await refused({ resource: 'webhook', operation: 'create', url: 'https://x.test', subscriptions: ['message_deleted'] }, 'Events');
		await refused({ resource: 'webhook', operation: 'create', url: 'https://x.test', subscriptions: [] }, 'Events');
	});

	it('getAll: unwraps {payload:{webhooks}}; Limit slices', async () => {
		fake.state.createWebhook(fake.accountId, { url: 'https://example.com/second', subscriptions: ['contact_created'] });
		const items = await run(fake, { resource: 'webhook', operation: 'getAll', returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/webhooks`, query: {}, body: undefined });
		expect(jsonOf(items).map((w) => w.id)).toEqual(mine(fake.state.webhooks).map((w) => w.id));
		fake.server.clearLog();
		expect(jsonOf(await run(fake, { resource: 'webhook', operation: 'getAll', limit: 1 })).map((w) => w.id)).toEqual([mine(fake.state.webhooks)[0].id]);
	});

	it('update: PATCH the events (they replace the current ones)', async () => {
		const items = await run(fake, { resource: 'webhook', operation: 'update', webhookId: rl(id), updateFields: { subscriptions: ['conversation_created'] } });
		expect(only()).toEqual({ method: 'PATCH', path: `${A()}/webhooks/${id}`, query: {}, body: { subscriptions: ['conversation_created'] } });
		expect(hook()!.subscriptions).toEqual(['conversation_created']);
		expect(jsonOf(items)[0]).toMatchObject({ id, subscriptions: ['conversation_created'] });
		fake.server.clearLog();
		await refused({ resource: 'webhook', operation: 'update', webhookId: rl(id), updateFields: { subscriptions: [] } }, 'Update Fields');
	});

	it('delete', async () => {
		expect(jsonOf(await run(fake, { resource: 'webhook', operation: 'delete', webhookId: rl(id) }))).toEqual([{ success: true }]);
		expect(only()).toEqual({ method: 'DELETE', path: `${A()}/webhooks/${id}`, query: {}, body: undefined });
		expect(hook()).toBeUndefined();
	});

	it('API error: a taken URL is refused (422)', async () => {
		await apiError({ resource: 'webhook', operation: 'create', url: 'https://example.com/second', subscriptions: ['message_created'] }, 422, 'Url has already been taken');
	});
});

describe('integration and integrationHook', () => {
	let hookId: number;
	const hook = () => fake.state.integrationHooks.find((h) => h.id === hookId);

	it('integration getAll: the apps; Limit slices', async () => {
		const items = await run(fake, { resource: 'integration', operation: 'getAll', returnAll: true });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/integrations/apps`, query: {}, body: undefined });
		expect(items.length).toBeGreaterThan(2);
		expect(jsonOf(items).map((a) => a.id)).toContain('dialogflow');
		fake.server.clearLog();
		expect(await run(fake, { resource: 'integration', operation: 'getAll', limit: 2 })).toHaveLength(2);
	});

	it('integrationHook create: POST app, inbox, status and settings', async () => {
		const inboxId = fake.seeded!.inboxes.api;
		const items = await run(fake, {
			resource: 'integrationHook',
			operation: 'create',
			appId: 'dialogflow',
			settings: '{"project_id":"acme-bot"}',
			additionalFields: { inboxId: String(inboxId), status: 'disabled' },
		});
		expect(only()).toEqual({
			method: 'POST',
			path: `${A()}/integrations/hooks`,
			query: {},
			body: { app_id: 'dialogflow', inbox_id: inboxId, status: 0, settings: { project_id: 'acme-bot' } },
		});
		hookId = mine(fake.state.integrationHooks).find((h) => h.app_id === 'dialogflow')!.id;
		expect(hook()).toMatchObject({ inbox_id: inboxId, status: 0, settings: { project_id: 'acme-bot' } });
		expect(jsonOf(items)[0]).toMatchObject({ id: hookId, app_id: 'dialogflow', status: false });
		fake.server.clearLog();
		await refused({ resource: 'integrationHook', operation: 'create', settings: '{}' }, 'App Name or ID');
	});

	it('integration get: GET one app with its hooks', async () => {
		const items = await run(fake, { resource: 'integration', operation: 'get', appId: rl('dialogflow') });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/integrations/apps/dialogflow`, query: {}, body: undefined });
		expect(jsonOf(items)[0]).toMatchObject({ id: 'dialogflow', hooks: [expect.objectContaining({ id: hookId })] });
	});

	it('integrationHook get and update', async () => {
		const got = await run(fake, { resource: 'integrationHook', operation: 'get', hookId: rl(hookId) });
		expect(only()).toEqual({ method: 'GET', path: `${A()}/integrations/hooks/${hookId}`, query: {}, body: undefined });
		expect(jsonOf(got)[0]).toMatchObject({ id: hookId, app_id: 'dialogflow' });
		fake.server.clearLog();
		const updated = await run(fake, { resource: 'integrationHook', operation: 'update', hookId: rl(hookId), updateFields: { status: 'enabled' } });
		expect(only()).toEqual({ method: 'PATCH', path: `${A()}/integrations/hooks/${hookId}`, query: {}, body: { status: 1 } });
		expect(hook()!.status).toBe(1);
		expect(jsonOf(updated)[0]).toMatchObject({ id: hookId, status: true });
	});

	it('integrationHook delete', async () => {
		expect(jsonOf(await run(fake, { resource: 'integrationHook', operation: 'delete', hookId: rl(hookId) }))).toEqual([{ success: true }]);
		expect(only()).toEqual({ method: 'DELETE', path: `${A()}/integrations/hooks/${hookId}`, query: {}, body: undefined });
		expect(hook()).toBeUndefined();
	});

	it('API errors: an unknown app or hook gives 404; an encoded app id stays one segment', async () => {
		await apiError({ resource: 'integrationHook', operation: 'update', hookId: rl(hookId), updateFields: { status: 'enabled' } }, 404, 'Resource could not be found');
		fake.server.clearLog();
		await apiError({ resource: 'integration', operation: 'get', appId: rl('12/../../x') }, 404, 'Resource could not be found');
		expect(fake.server.requests[0].rawPath).toBe(`${A()}/integrations/apps/12%2F..%2F..%2Fx`);
	});
});
