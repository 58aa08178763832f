/**
 * Admin group: labels, canned responses, custom attributes, custom filters, automation rules,
 * webhooks, integration apps and hooks.
 */
import { NodeOperationError } from 'n8n-workflow';
import { chatwootViews } from '@leadchat/testkit';
import { byId, jsonOf, useChatwoot } from './harness';

const h = useChatwoot();

const mine = <T extends { account_id: number }>(list: T[]) => list.filter((x) => x.account_id === h.fake.accountId);

describe('label', () => {
	let labelId: number;
	const label = () => h.fake.state.labels.find((l) => l.id === labelId)!;

	it('getAll: unwraps {payload}, sends the token; Limit slices', async () => {
		const items = await h.run({ resource: 'label', operation: 'getAll', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/labels`, query: {} });
		expect(h.fake.requests[0].headers.api_access_token).toBe(h.fake.tokens.user);
		expect(jsonOf(items).map((l) => l.id)).toEqual(mine(h.fake.state.labels).map((l) => l.id));
		h.fake.clearLog();
		expect(jsonOf(await h.run({ resource: 'label', operation: 'getAll', limit: 2 })).map((l) => l.title)).toEqual(mine(h.fake.state.labels).slice(0, 2).map((l) => l.title));
	});

	it('create: POST title and options', async () => {
		const items = await h.run({ resource: 'label', operation: 'create', title: 'churn-risk', additionalFields: { color: '#ff0000', showOnSidebar: false, description: 'May leave' } });
		expect(h.only()).toEqual({ method: 'POST', path: `${h.A()}/labels`, query: {}, body: { title: 'churn-risk', description: 'May leave', color: '#ff0000', show_on_sidebar: false } });
		labelId = mine(h.fake.state.labels).find((l) => l.title === 'churn-risk')!.id;
		expect(label()).toMatchObject({ color: '#ff0000', show_on_sidebar: false });
		expect(jsonOf(items)).toEqual([{ id: labelId, title: 'churn-risk', description: 'May leave', color: '#ff0000', show_on_sidebar: false }]);
	});

	it('create: refuses a title with spaces and a bad color', async () => {
		await h.refused({ resource: 'label', operation: 'create', title: 'two words' }, 'Title');
		await h.refused({ resource: 'label', operation: 'create', title: 'ok', additionalFields: { color: 'red' } }, 'Additional Fields → Color');
	});

	it('get: GET one label', async () => {
		const items = await h.run({ resource: 'label', operation: 'get', labelId: byId(labelId) });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/labels/${labelId}`, query: {} });
		expect(jsonOf(items)[0]).toMatchObject({ id: labelId, title: label().title });
	});

	it('update: PATCH the description', async () => {
		const items = await h.run({ resource: 'label', operation: 'update', labelId: byId(labelId), updateFields: { description: 'Likely to cancel' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/labels/${labelId}`, query: {}, body: { description: 'Likely to cancel' } });
		expect(label().description).toBe('Likely to cancel');
		expect(jsonOf(items)[0]).toMatchObject({ id: labelId, description: 'Likely to cancel' });
		h.fake.clearLog();
		await h.refused({ resource: 'label', operation: 'update', labelId: byId(labelId), updateFields: {} }, 'Update Fields');
		await h.refused({ resource: 'label', operation: 'update', labelId: byId('12/../../x'), updateFields: { color: '#fff' } }, 'Label');
	});

	it('delete: DELETE the label', async () => {
		const items = await h.run({ resource: 'label', operation: 'delete', labelId: byId(labelId) });
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/labels/${labelId}`, query: {} });
		expect(h.fake.state.labels.some((l) => l.id === labelId)).toBe(false);
		expect(jsonOf(items)).toEqual([{ success: true }]);
	});

	it('API error: the label is gone', async () => {
		await h.apiError({ resource: 'label', operation: 'get', labelId: byId(labelId) }, 404, 'Resource could not be found');
	});
});

describe('cannedResponse', () => {
	let id: number;
	const canned = () => h.fake.state.cannedResponses.find((c) => c.id === id);

	it('getAll: the bare array; Limit slices', async () => {
		const items = await h.run({ resource: 'cannedResponse', operation: 'getAll', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/canned_responses`, query: {} });
		expect(jsonOf(items).map((c) => c.short_code)).toEqual(mine(h.fake.state.cannedResponses).map((c) => c.short_code));
		h.fake.clearLog();
		expect(await h.run({ resource: 'cannedResponse', operation: 'getAll', limit: 2 })).toHaveLength(2);
	});

	it('create: POST short code and content', async () => {
		const items = await h.run({ resource: 'cannedResponse', operation: 'create', shortCode: 'bye', content: 'Have a nice day!' });
		expect(h.only()).toEqual({ method: 'POST', path: `${h.A()}/canned_responses`, query: {}, body: { short_code: 'bye', content: 'Have a nice day!' } });
		id = mine(h.fake.state.cannedResponses).find((c) => c.short_code === 'bye')!.id;
		expect(jsonOf(items)[0]).toMatchObject({ id, short_code: 'bye', content: 'Have a nice day!' });
		h.fake.clearLog();
		await h.refused({ resource: 'cannedResponse', operation: 'create', shortCode: 'x' }, 'Content');
	});

	it('update: PATCH the content', async () => {
		const items = await h.run({ resource: 'cannedResponse', operation: 'update', cannedResponseId: byId(id), updateFields: { content: 'Bye!' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/canned_responses/${id}`, query: {}, body: { content: 'Bye!' } });
		expect(canned()!.content).toBe('Bye!');
		expect(jsonOf(items)[0]).toMatchObject({ id, content: 'Bye!' });
		h.fake.clearLog();
		await h.refused({ resource: 'cannedResponse', operation: 'update', cannedResponseId: byId('abc'), updateFields: { content: 'x' } }, 'Canned Response');
	});

	it('delete: DELETE it', async () => {
		expect(jsonOf(await h.run({ resource: 'cannedResponse', operation: 'delete', cannedResponseId: byId(id) }))).toEqual([{ success: true }]);
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/canned_responses/${id}`, query: {} });
		expect(canned()).toBeUndefined();
	});

	it('API error: a duplicate short code is refused by the server (422)', async () => {
		await h.apiError({ resource: 'cannedResponse', operation: 'create', shortCode: 'thanks', content: 'Again' }, 422, 'Short code has already been taken');
	});
});

describe('customAttribute', () => {
	let id: number;
	const definition = () => h.fake.state.customAttributeDefinitions.find((d) => d.id === id);

	it('getAll: attribute_model 1 for contacts, 0 for conversations', async () => {
		const contacts = await h.run({ resource: 'customAttribute', operation: 'getAll', model: 'contact', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/custom_attribute_definitions`, query: { attribute_model: '1' } });
		expect(jsonOf(contacts).map((d) => d.id)).toEqual(mine(h.fake.state.customAttributeDefinitions).filter((d) => d.attribute_model === 1).map((d) => d.id));
		h.fake.clearLog();
		const conversations = await h.run({ resource: 'customAttribute', operation: 'getAll', model: 'conversation', returnAll: false, limit: 5 });
		expect(h.only().query).toEqual({ attribute_model: '0' });
		expect(jsonOf(conversations).map((d) => d.id)).toEqual(mine(h.fake.state.customAttributeDefinitions).filter((d) => d.attribute_model === 0).map((d) => d.id));
		h.fake.clearLog();
		await h.refused({ resource: 'customAttribute', operation: 'getAll', model: 'message', returnAll: true }, 'Applies To');
	});

	it('create: a list attribute with its values', async () => {
		const items = await h.run({
			resource: 'customAttribute',
			operation: 'create',
			displayName: 'Tier',
			key: 'tier',
			model: 'contact',
			displayType: 'list',
			additionalFields: { values: 'gold, silver', description: 'Loyalty tier' },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${h.A()}/custom_attribute_definitions`,
			query: {},
			body: { attribute_display_name: 'Tier', attribute_key: 'tier', attribute_model: 1, attribute_display_type: 6, attribute_description: 'Loyalty tier', attribute_values: ['gold', 'silver'] },
		});
		id = mine(h.fake.state.customAttributeDefinitions).find((d) => d.attribute_key === 'tier')!.id;
		expect(definition()).toMatchObject({ attribute_model: 1, attribute_display_type: 6, attribute_values: ['gold', 'silver'] });
		expect(jsonOf(items)[0]).toMatchObject({ id, attribute_key: 'tier', attribute_display_type: 'list', attribute_model: 'contact_attribute' });
	});

	it('create: refuses a list without values, a bad key, a bad display type', async () => {
		await h.refused({ resource: 'customAttribute', operation: 'create', displayName: 'X', key: 'x', model: 'contact', displayType: 'list' }, 'Additional Fields → List Values');
		await h.refused({ resource: 'customAttribute', operation: 'create', displayName: 'X', key: 'has space', model: 'contact', displayType: 'text' }, 'Key');
		await h.refused({ resource: 'customAttribute', operation: 'create', displayName: 'X', key: 'x', model: 'contact', displayType: 'color' }, 'Display Type');
	});

	it('get: GET one definition', async () => {
		const items = await h.run({ resource: 'customAttribute', operation: 'get', customAttributeId: byId(id) });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/custom_attribute_definitions/${id}`, query: {} });
		expect(jsonOf(items)[0]).toMatchObject({ id, attribute_display_name: definition()!.attribute_display_name });
	});

	it('update: PATCH the display name and type', async () => {
		const items = await h.run({ resource: 'customAttribute', operation: 'update', customAttributeId: byId(id), updateFields: { displayName: 'Loyalty', displayType: 'text' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/custom_attribute_definitions/${id}`, query: {}, body: { attribute_display_name: 'Loyalty', attribute_display_type: 0 } });
		expect(definition()).toMatchObject({ attribute_display_name: 'Loyalty', attribute_display_type: 0 });
		expect(jsonOf(items)[0]).toMatchObject({ id, attribute_display_name: 'Loyalty' });
	});

	it('delete: DELETE it', async () => {
		expect(jsonOf(await h.run({ resource: 'customAttribute', operation: 'delete', customAttributeId: byId(id) }))).toEqual([{ success: true }]);
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/custom_attribute_definitions/${id}`, query: {} });
		expect(definition()).toBeUndefined();
	});

	it('API error: 404 on the deleted definition', async () => {
		await h.apiError({ resource: 'customAttribute', operation: 'get', customAttributeId: byId(id) }, 404, 'Resource could not be found');
	});
});

describe('customFilter', () => {
	let id: number;
	const filter = () => h.fake.state.customFilters.find((f) => f.id === id);
	const query = { payload: [{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open'], query_operator: null }] };

	it('getAll: filter_type in the query; Limit slices', async () => {
		const items = await h.run({ resource: 'customFilter', operation: 'getAll', filterType: 'conversation', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/custom_filters`, query: { filter_type: 'conversation' } });
		expect(jsonOf(items).map((f) => f.id)).toEqual(mine(h.fake.state.customFilters).filter((f) => f.filter_type === 'conversation').map((f) => f.id));
		h.fake.clearLog();
		expect(await h.run({ resource: 'customFilter', operation: 'getAll', filterType: 'contact', limit: 5 })).toHaveLength(0);
	});

	it('create: POST name, type and query (type as filter_type too)', async () => {
		const items = await h.run({ resource: 'customFilter', operation: 'create', name: 'Open ones', filterType: 'conversation', query: JSON.stringify(query) });
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${h.A()}/custom_filters`,
			query: { filter_type: 'conversation' },
			body: { name: 'Open ones', type: 'conversation', filter_type: 'conversation', query },
		});
		id = mine(h.fake.state.customFilters).find((f) => f.name === 'Open ones')!.id;
		expect(filter()).toMatchObject({ filter_type: 'conversation', query });
		expect(jsonOf(items)[0]).toMatchObject({ id, name: 'Open ones', type: 'conversation', query });
		h.fake.clearLog();
		await h.refused({ resource: 'customFilter', operation: 'create', name: 'X', filterType: 'conversation', query: '{"payload": [' }, 'Query (JSON)');
		await h.refused({ resource: 'customFilter', operation: 'create', name: 'X', filterType: 'conversation', query: '[1]' }, 'Query (JSON)');
	});

	it('get and update', async () => {
		const got = await h.run({ resource: 'customFilter', operation: 'get', customFilterId: byId(id) });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/custom_filters/${id}`, query: {} });
		expect(jsonOf(got)[0]).toMatchObject({ id, name: 'Open ones' });
		h.fake.clearLog();
		const updated = await h.run({ resource: 'customFilter', operation: 'update', customFilterId: byId(id), updateFields: { name: 'Still open' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/custom_filters/${id}`, query: {}, body: { name: 'Still open' } });
		expect(filter()!.name).toBe('Still open');
		expect(jsonOf(updated)[0]).toMatchObject({ id, name: 'Still open' });
	});

	it('delete', async () => {
		expect(jsonOf(await h.run({ resource: 'customFilter', operation: 'delete', customFilterId: byId(id) }))).toEqual([{ success: true }]);
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/custom_filters/${id}`, query: {} });
		expect(filter()).toBeUndefined();
	});

	it('API error: 404 on the deleted filter', async () => {
		await h.apiError({ resource: 'customFilter', operation: 'get', customFilterId: byId(id) }, 404, 'Resource could not be found');
	});
});

describe('automationRule', () => {
	let id: number;
	const rule = (ruleId = id) => h.fake.state.automationRules.find((r) => r.id === ruleId);
	const conditions = [{ attribute_key: 'content', filter_operator: 'contains', values: ['refund'], query_operator: null }];
	const actions = [{ action_name: 'add_label', action_params: ['billing'] }];

	it('getAll: unwraps {payload}; Limit slices', async () => {
		const items = await h.run({ resource: 'automationRule', operation: 'getAll', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/automation_rules`, query: {} });
		expect(jsonOf(items).map((r) => r.id)).toEqual(mine(h.fake.state.automationRules).map((r) => r.id));
		h.fake.clearLog();
		expect(await h.run({ resource: 'automationRule', operation: 'getAll', limit: 1 })).toHaveLength(1);
	});

	it('create: POST the rule with JSON conditions and actions', async () => {
		const items = await h.run({
			resource: 'automationRule',
			operation: 'create',
			name: 'Refunds',
			eventName: 'message_created',
			conditions: JSON.stringify(conditions),
			actions: JSON.stringify(actions),
			additionalFields: { active: false },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${h.A()}/automation_rules`,
			query: {},
			body: { name: 'Refunds', event_name: 'message_created', active: false, conditions, actions },
		});
		id = mine(h.fake.state.automationRules).find((r) => r.name === 'Refunds')!.id;
		expect(rule()).toMatchObject({ event_name: 'message_created', active: false, conditions, actions });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id, name: 'Refunds', conditions, actions })]);
	});

	it('create: refuses empty, malformed or shapeless conditions/actions', async () => {
		const base = { resource: 'automationRule', operation: 'create', name: 'X', eventName: 'message_created' };
		await h.refused({ ...base, conditions: '[]', actions: JSON.stringify(actions) }, 'Conditions (JSON)');
		await h.refused({ ...base, conditions: '[{', actions: JSON.stringify(actions) }, 'Conditions (JSON)');
		await h.refused({ ...base, conditions: JSON.stringify(conditions), actions: '[{"name":"x"}]' }, 'Actions (JSON)');
		await h.refused({ ...base, eventName: 'ticket_created', conditions: JSON.stringify(conditions), actions: JSON.stringify(actions) }, 'Event');
	});

	it('get, update and clone unwrap {payload}', async () => {
		const got = await h.run({ resource: 'automationRule', operation: 'get', automationRuleId: byId(id) });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/automation_rules/${id}`, query: {} });
		expect(jsonOf(got)[0]).toMatchObject({ id, name: 'Refunds' });

		h.fake.clearLog();
		const updated = await h.run({ resource: 'automationRule', operation: 'update', automationRuleId: byId(id), updateFields: { active: true, description: 'On' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/automation_rules/${id}`, query: {}, body: { active: true, description: 'On' } });
		expect(rule()).toMatchObject({ active: true, description: 'On' });
		expect(jsonOf(updated)[0]).toMatchObject({ id, active: true });

		h.fake.clearLog();
		const cloned = await h.run({ resource: 'automationRule', operation: 'clone', automationRuleId: byId(id) });
		expect(h.only()).toEqual({ method: 'POST', path: `${h.A()}/automation_rules/${id}/clone`, query: {} });
		const copy = jsonOf(cloned)[0];
		expect(copy.id).not.toBe(id);
		expect(rule(copy.id as number)).toMatchObject({ name: rule()!.name, conditions, actions });

		h.fake.clearLog();
		await h.refused({ resource: 'automationRule', operation: 'update', automationRuleId: byId(id), updateFields: { actions: '[{"x":1}]' } }, 'Update Fields → Actions (JSON)');
	});

	it('delete', async () => {
		expect(jsonOf(await h.run({ resource: 'automationRule', operation: 'delete', automationRuleId: byId(id) }))).toEqual([{ success: true }]);
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/automation_rules/${id}`, query: {} });
		expect(rule()).toBeUndefined();
	});

	it('API error: 404 on the deleted rule', async () => {
		await h.apiError({ resource: 'automationRule', operation: 'clone', automationRuleId: byId(id) }, 404, 'Resource could not be found');
	});
});

describe('webhook', () => {
	let id: number;
	const hook = () => h.fake.state.webhooks.find((w) => w.id === id);

	it('create: POST url, events and inbox; unwraps {payload:{webhook}}', async () => {
		const inboxId = h.fake.seeded!.inboxes.api;
		const items = await h.run({
			resource: 'webhook',
			operation: 'create',
			url: 'https://example.com/cw',
			subscriptions: ['message_created', 'inbox_created'],
			additionalFields: { name: 'Mine', inboxId: String(inboxId) },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${h.A()}/webhooks`,
			query: {},
			body: { url: 'https://example.com/cw', subscriptions: ['message_created', 'inbox_created'], name: 'Mine', inbox_id: inboxId },
		});
		id = mine(h.fake.state.webhooks).find((w) => w.url === 'https://example.com/cw')!.id;
		expect(hook()).toMatchObject({ subscriptions: ['message_created', 'inbox_created'], inbox_id: inboxId, name: 'Mine' });
		expect(jsonOf(items)).toEqual([expect.objectContaining({ id, url: 'https://example.com/cw', secret: hook()!.secret, inbox: { id: inboxId, name: expect.any(String) } })]);
	});

	it('create: refuses a bad URL, unknown events, no events', async () => {
		await h.refused({ resource: 'webhook', operation: 'create', url: 'ftp://x', subscriptions: ['message_created'] }, 'URL');
		await h.refused({ resource: 'webhook', operation: 'create', url: 'https://x.test', subscriptions: ['message_deleted'] }, 'Events');
		await h.refused({ resource: 'webhook', operation: 'create', url: 'https://x.test', subscriptions: [] }, 'Events');
	});

	it('getAll: unwraps {payload:{webhooks}}; Limit slices', async () => {
		h.fake.state.createWebhook(h.fake.accountId, { url: 'https://example.com/second', subscriptions: ['contact_created'] });
		const items = await h.run({ resource: 'webhook', operation: 'getAll', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/webhooks`, query: {} });
		expect(jsonOf(items).map((w) => w.id)).toEqual(mine(h.fake.state.webhooks).map((w) => w.id));
		h.fake.clearLog();
		expect(jsonOf(await h.run({ resource: 'webhook', operation: 'getAll', limit: 1 })).map((w) => w.id)).toEqual([mine(h.fake.state.webhooks)[0].id]);
	});

	it('update: PATCH the events (they replace the current ones)', async () => {
		const items = await h.run({ resource: 'webhook', operation: 'update', webhookId: byId(id), updateFields: { subscriptions: ['conversation_created'] } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/webhooks/${id}`, query: {}, body: { subscriptions: ['conversation_created'] } });
		expect(hook()!.subscriptions).toEqual(['conversation_created']);
		expect(jsonOf(items)[0]).toMatchObject({ id, subscriptions: ['conversation_created'] });
		h.fake.clearLog();
		await h.refused({ resource: 'webhook', operation: 'update', webhookId: byId(id), updateFields: { subscriptions: [] } }, 'Update Fields');
	});

	it('delete', async () => {
		expect(jsonOf(await h.run({ resource: 'webhook', operation: 'delete', webhookId: byId(id) }))).toEqual([{ success: true }]);
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/webhooks/${id}`, query: {} });
		expect(hook()).toBeUndefined();
	});

	it('API error: a taken URL is refused (422)', async () => {
		await h.apiError({ resource: 'webhook', operation: 'create', url: 'https://example.com/second', subscriptions: ['message_created'] }, 422, 'Url has already been taken');
	});
});

describe('integration and integrationHook', () => {
	let hookId: number;
	const hook = () => h.fake.state.integrationHooks.find((h) => h.id === hookId);

	it('integration getAll: the apps; Limit slices', async () => {
		const items = await h.run({ resource: 'integration', operation: 'getAll', returnAll: true });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/integrations/apps`, query: {} });
		expect(items.length).toBeGreaterThan(2);
		expect(jsonOf(items).map((a) => a.id)).toContain('dialogflow');
		h.fake.clearLog();
		expect(await h.run({ resource: 'integration', operation: 'getAll', limit: 2 })).toHaveLength(2);
	});

	it('integrationHook create: POST app, inbox, status and settings', async () => {
		const inboxId = h.fake.seeded!.inboxes.api;
		const items = await h.run({
			resource: 'integrationHook',
			operation: 'create',
			appId: 'dialogflow',
			settings: '{"project_id":"acme-bot"}',
			additionalFields: { inboxId: String(inboxId), status: 'disabled' },
		});
		expect(h.only()).toEqual({
			method: 'POST',
			path: `${h.A()}/integrations/hooks`,
			query: {},
			body: { app_id: 'dialogflow', inbox_id: inboxId, status: 0, settings: { project_id: 'acme-bot' } },
		});
		hookId = mine(h.fake.state.integrationHooks).find((h) => h.app_id === 'dialogflow')!.id;
		expect(hook()).toMatchObject({ inbox_id: inboxId, status: 0, settings: { project_id: 'acme-bot' } });
		expect(jsonOf(items)[0]).toMatchObject({ id: hookId, app_id: 'dialogflow', status: false });
		h.fake.clearLog();
		await h.refused({ resource: 'integrationHook', operation: 'create', settings: '{}' }, 'App Name or ID');
	});

	it('integration get: GET one app with its hooks', async () => {
		const items = await h.run({ resource: 'integration', operation: 'get', appId: byId('dialogflow') });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/integrations/apps/dialogflow`, query: {} });
		expect(jsonOf(items)[0]).toMatchObject({ id: 'dialogflow', hooks: [expect.objectContaining({ id: hookId })] });
	});

	it('integrationHook get: read from the apps list (Chatwoot has no GET for one hook); an unknown hook is refused naming the field', async () => {
		const got = await h.run({ resource: 'integrationHook', operation: 'get', hookId: byId(hookId) });
		expect(h.only()).toEqual({ method: 'GET', path: `${h.A()}/integrations/apps`, query: {} });
		expect(jsonOf(got)).toEqual([chatwootViews.integrationHookView(hook()!)]);
		expect(jsonOf(got)[0]).toMatchObject({ id: hookId, app_id: 'dialogflow', settings: { project_id: 'acme-bot' } });
		h.fake.clearLog();
		const error = await h.runError({ resource: 'integrationHook', operation: 'get', hookId: byId(999999) });
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('Item 1: "Integration Hook" no hook with ID 999999 in the account\'s integration apps');
		expect(h.requests()).toEqual([{ method: 'GET', path: `${h.A()}/integrations/apps`, query: {} }]);
	});

	it('integrationHook update', async () => {
		const updated = await h.run({ resource: 'integrationHook', operation: 'update', hookId: byId(hookId), updateFields: { status: 'enabled' } });
		expect(h.only()).toEqual({ method: 'PATCH', path: `${h.A()}/integrations/hooks/${hookId}`, query: {}, body: { status: 1 } });
		expect(hook()!.status).toBe(1);
		expect(jsonOf(updated)[0]).toMatchObject({ id: hookId, status: true });
	});

	it('integrationHook delete', async () => {
		expect(jsonOf(await h.run({ resource: 'integrationHook', operation: 'delete', hookId: byId(hookId) }))).toEqual([{ success: true }]);
		expect(h.only()).toEqual({ method: 'DELETE', path: `${h.A()}/integrations/hooks/${hookId}`, query: {} });
		expect(hook()).toBeUndefined();
	});

	it('API errors: an unknown app or hook gives 404; an encoded app id stays one segment', async () => {
		await h.apiError({ resource: 'integrationHook', operation: 'update', hookId: byId(hookId), updateFields: { status: 'enabled' } }, 404, 'Resource could not be found');
		h.fake.clearLog();
		await h.apiError({ resource: 'integration', operation: 'get', appId: byId('12/../../x') }, 404, 'Resource could not be found');
		expect(h.fake.requests[0].rawPath).toBe(`${h.A()}/integrations/apps/12%2F..%2F..%2Fx`);
	});
});
