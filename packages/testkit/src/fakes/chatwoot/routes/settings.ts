/**
 * Account settings resources: labels, canned responses, custom attribute definitions, custom
 * filters, automation rules, webhooks, integrations and dashboard apps. Envelopes per §4:
 * `GET /labels` → `{payload:[…]}`; `GET /canned_responses`, `GET /custom_attribute_definitions`
 * → bare arrays; `GET /webhooks` → `{payload:{webhooks:[…]}}`; `POST/PATCH/PUT /webhooks` →
 * `{payload:{webhook}}` (with its `secret`); deletes → 200 with an empty body.
 *
 * Code-confirmed routes (upstream `config/routes.rb`, not in the spec; each declares its inputs):
 *
 * | Route (relative to /api/v1/accounts/{account_id}) | Response (upstream views, [I] where noted) |
 * |---|---|
 * | POST /automation_rules/{id}/clone             | `{payload: rule}` |
 * | GET/POST /dashboard_apps, GET/PATCH/DELETE /dashboard_apps/{id} | bare array / bare app |
 * | GET /integrations/apps/{id} | bare app (as the list renders it) |
 */
import { ok, headOk, jsonBody, objectSchema, pathParam, type Ctx, type RouteDef } from '../dsl';
import { HttpError, notFound, paramMissing, recordInvalid, type FieldError } from '../errors';
import { bodyKind } from '../forms';
import type { AutomationRule, CannedResponse, CustomAttributeDefinition, CustomFilter, DashboardApp, IntegrationHook, Label } from '../types';
import {
	automationRuleView,
	cannedResponseView,
	customAttributeView,
	customFilterView,
	dashboardAppView,
	integrationHookView,
	labelView,
	webhookView,
} from '../views';
import { asRecord, asStringList, byId, findInbox } from './helpers';

const A = '/api/v1/accounts/{account_id}';

/** The webhook attributes: `params[:webhook]`, or a flat JSON body wrapped by Rails `wrap_parameters` (§5). */
function webhookParams(ctx: Ctx): Record<string, unknown> {
	const wrapped = asRecord(ctx.body.webhook);
	if (wrapped) return wrapped;
	if (bodyKind(ctx.req) === 'json') {
		const picked: Record<string, unknown> = {};
		for (const key of ['url', 'name', 'subscriptions', 'inbox_id']) if (key in ctx.body) picked[key] = ctx.body[key];
		if (Object.keys(picked).length) return picked;
	}
	throw paramMissing('webhook');
}

const ATTRIBUTE_DISPLAY_TYPES = ['text', 'number', 'currency', 'percent', 'link', 'date', 'list', 'checkbox'];
const ATTRIBUTE_MODELS = ['conversation_attribute', 'contact_attribute'];

function enumIndex(value: unknown, names: string[]): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'number') return value;
	const text = String(value);
	if (/^\d+$/.test(text)) return Number(text);
	const index = names.indexOf(text);
	return index === -1 ? undefined : index;
}

const INTEGRATION_APPS = [
	{ id: 'webhook', name: 'Webhooks', description: 'Send events to your own endpoints.', hook_type: 'account', allow_multiple_hooks: true },
	{ id: 'dashboard_apps', name: 'Dashboard Apps', description: 'Embed an app in the conversation view.', hook_type: 'account', allow_multiple_hooks: true },
	{ id: 'openai', name: 'OpenAI', description: 'Reply suggestions, summaries and rewrites.', hook_type: 'account', allow_multiple_hooks: false },
	{ id: 'dialogflow', name: 'Dialogflow', description: 'Connect a Dialogflow bot to an inbox.', hook_type: 'inbox', allow_multiple_hooks: true },
	{ id: 'slack', name: 'Slack', description: 'Reply to conversations from Slack.', hook_type: 'account', allow_multiple_hooks: false },
	{ id: 'linear', name: 'Linear', description: 'Create Linear issues from conversations.', hook_type: 'account', allow_multiple_hooks: false },
];

/** `GET /integrations/apps`: every app with its hooks in the account. */
function integrationApps(ctx: Ctx) {
	const hooks = ctx.state.integrationHooks.filter((h) => h.account_id === ctx.acct.id);
	return INTEGRATION_APPS.map((app) => {
		const own = hooks.filter((h) => h.app_id === app.id);
		return { ...app, enabled: own.some((h) => h.status === 1), hooks: own.map(integrationHookView) };
	});
}

function applyDashboardApp(ctx: Ctx, app: Partial<DashboardApp>): void {
	const source = asRecord(ctx.body.dashboard_app) ?? ctx.p;
	if (source.title !== undefined) app.title = String(source.title);
	if (Array.isArray(source.content)) {
		app.content = source.content.map((c) => {
			const entry = asRecord(c) ?? {};
			return { type: String(entry.type ?? 'frame'), url: String(entry.url ?? '') };
		});
	}
}

function validateDashboardApp(app: Partial<DashboardApp>): void {
	const errors: FieldError[] = [];
	if (!app.title) errors.push({ attribute: 'title', message: "can't be blank" });
	if (!app.content?.length || app.content.some((c) => !/^https?:\/\//.test(c.url))) errors.push({ attribute: 'content', message: ': Invalid data' });
	if (errors.length) throw recordInvalid(errors);
}

export function settingsRoutes(): RouteDef[] {
	const account = { kind: 'account' as const };
	const admin = { kind: 'account' as const, admin: true };
	return [
		// ------------------------------------------------------------------ labels
		{
			method: 'GET',
			path: `${A}/labels`,
			name: 'labels.index',
			access: account,
			handle: (ctx) => ok({ payload: ctx.state.labelsOf(ctx.acct.id).map(labelView) }),
		},
		{
			method: 'POST',
			path: `${A}/labels`,
			name: 'labels.create',
			access: admin,
			handle: (ctx) => {
				const source = asRecord(ctx.body.label) ?? ctx.p;
				const title = source.title;
				if (title === undefined || title === null || title === '') throw recordInvalid([{ attribute: 'title', message: "can't be blank" }]);
				const label = ctx.state.createLabel(ctx.acct.id, {
					title: String(title),
					description: source.description === undefined ? null : String(source.description),
					color: source.color === undefined ? undefined : String(source.color),
					show_on_sidebar: ctx.bool('show_on_sidebar', source),
				});
				return ok(labelView(label));
			},
		},
		{
			method: 'GET',
			path: `${A}/labels/{id}`,
			name: 'labels.show',
			access: account,
			handle: (ctx) => ok(labelView(byId<Label>(ctx, ctx.state.labels, 'id'))),
		},
		{
			method: 'PATCH',
			path: `${A}/labels/{id}`,
			name: 'labels.update',
			access: admin,
			handle: (ctx) => {
				const label = byId<Label>(ctx, ctx.state.labels, 'id');
				const source = asRecord(ctx.body.label) ?? ctx.p;
				if (source.title !== undefined) {
					const title = String(source.title).toLowerCase();
					if (ctx.state.labelsOf(ctx.acct.id).some((l) => l.id !== label.id && l.title === title)) {
						throw recordInvalid([{ attribute: 'title', message: 'has already been taken' }]);
					}
					label.title = title;
				}
				if (source.description !== undefined) label.description = source.description === null ? null : String(source.description);
				if (source.color !== undefined) label.color = String(source.color);
				if (source.show_on_sidebar !== undefined) label.show_on_sidebar = ctx.bool('show_on_sidebar', source) ?? label.show_on_sidebar;
				return ok(labelView(label));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/labels/{id}`,
			name: 'labels.destroy',
			access: admin,
			handle: (ctx) => {
				const label = byId<Label>(ctx, ctx.state.labels, 'id');
				ctx.state.labels = ctx.state.labels.filter((l) => l !== label);
				return headOk();
			},
		},

		// ------------------------------------------------------------------ canned responses
		{
			method: 'GET',
			path: `${A}/canned_responses`,
			name: 'canned_responses.index',
			access: account,
			handle: (ctx) => ok(ctx.state.cannedResponses.filter((c) => c.account_id === ctx.acct.id).map(cannedResponseView)),
		},
		{
			method: 'POST',
			path: `${A}/canned_responses`,
			name: 'canned_responses.create',
			access: account,
			handle: (ctx) => {
				const source = asRecord(ctx.body.canned_response) ?? ctx.p;
				const errors = [];
				const shortCode = source.short_code === undefined || source.short_code === null ? '' : String(source.short_code);
				const content = source.content === undefined || source.content === null ? '' : String(source.content);
				if (!shortCode) errors.push({ attribute: 'short_code', message: "can't be blank" });
				if (!content) errors.push({ attribute: 'content', message: "can't be blank" });
				if (shortCode && ctx.state.cannedResponses.some((c) => c.account_id === ctx.acct.id && c.short_code === shortCode)) {
					errors.push({ attribute: 'short_code', message: 'has already been taken' });
				}
				if (errors.length) throw recordInvalid(errors);
				const now = ctx.state.now();
				const canned: CannedResponse = { id: ctx.state.nextId('canned_responses'), account_id: ctx.acct.id, short_code: shortCode, content, created_at: now, updated_at: now };
				ctx.state.cannedResponses.push(canned);
				return ok(cannedResponseView(canned));
			},
		},
		{
			method: 'PATCH',
			path: `${A}/canned_responses/{id}`,
			name: 'canned_responses.update',
			access: account,
			handle: (ctx) => {
				const canned = byId<CannedResponse>(ctx, ctx.state.cannedResponses, 'id');
				const source = asRecord(ctx.body.canned_response) ?? ctx.p;
				if (source.short_code !== undefined) canned.short_code = String(source.short_code);
				if (source.content !== undefined) canned.content = String(source.content);
				canned.updated_at = ctx.state.now();
				return ok(cannedResponseView(canned));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/canned_responses/{id}`,
			name: 'canned_responses.destroy',
			access: account,
			handle: (ctx) => {
				const canned = byId<CannedResponse>(ctx, ctx.state.cannedResponses, 'id');
				ctx.state.cannedResponses = ctx.state.cannedResponses.filter((c) => c !== canned);
				return headOk();
			},
		},

		// ------------------------------------------------------------------ custom attribute definitions
		{
			method: 'GET',
			path: `${A}/custom_attribute_definitions`,
			name: 'custom_attribute_definitions.index',
			access: account,
			handle: (ctx) => {
				const model = enumIndex(ctx.p.attribute_model, ATTRIBUTE_MODELS);
				const list = ctx.state.customAttributeDefinitions.filter((d) => d.account_id === ctx.acct.id && (model === undefined || d.attribute_model === model));
				return ok(list.map(customAttributeView));
			},
		},
		{
			method: 'POST',
			path: `${A}/custom_attribute_definitions`,
			name: 'custom_attribute_definitions.create',
			access: admin,
			handle: (ctx) => {
				const source = asRecord(ctx.body.custom_attribute_definition) ?? ctx.p;
				const key = source.attribute_key === undefined ? '' : String(source.attribute_key);
				const displayName = source.attribute_display_name === undefined ? '' : String(source.attribute_display_name);
				const model = enumIndex(source.attribute_model, ATTRIBUTE_MODELS) ?? 0;
				const errors = [];
				if (!displayName) errors.push({ attribute: 'attribute_display_name', message: "can't be blank" });
				if (!key) errors.push({ attribute: 'attribute_key', message: "can't be blank" });
				if (key && ctx.state.customAttributeDefinitions.some((d) => d.account_id === ctx.acct.id && d.attribute_key === key && d.attribute_model === model)) {
					errors.push({ attribute: 'attribute_key', message: 'has already been taken' });
				}
				if (errors.length) throw recordInvalid(errors);
				const now = ctx.state.now();
				const definition: CustomAttributeDefinition = {
					id: ctx.state.nextId('custom_attribute_definitions'),
					account_id: ctx.acct.id,
					attribute_display_name: displayName,
					attribute_display_type: enumIndex(source.attribute_display_type, ATTRIBUTE_DISPLAY_TYPES) ?? 0,
					attribute_description: source.attribute_description === undefined ? null : String(source.attribute_description),
					attribute_key: key,
					attribute_values: Array.isArray(source.attribute_values) ? source.attribute_values : [],
					attribute_model: model,
					regex_pattern: source.regex_pattern === undefined ? null : String(source.regex_pattern),
					regex_cue: source.regex_cue === undefined ? null : String(source.regex_cue),
					default_value: source.default_value ?? null,
					created_at: now,
					updated_at: now,
				};
				ctx.state.customAttributeDefinitions.push(definition);
				return ok(customAttributeView(definition));
			},
		},
		{
			method: 'GET',
			path: `${A}/custom_attribute_definitions/{id}`,
			name: 'custom_attribute_definitions.show',
			access: account,
			handle: (ctx) => ok(customAttributeView(byId(ctx, ctx.state.customAttributeDefinitions, 'id'))),
		},
		{
			method: 'PATCH',
			path: `${A}/custom_attribute_definitions/{id}`,
			name: 'custom_attribute_definitions.update',
			access: admin,
			handle: (ctx) => {
				const definition = byId(ctx, ctx.state.customAttributeDefinitions, 'id');
				const source = asRecord(ctx.body.custom_attribute_definition) ?? ctx.p;
				if (source.attribute_display_name !== undefined) definition.attribute_display_name = String(source.attribute_display_name);
				if (source.attribute_description !== undefined) definition.attribute_description = String(source.attribute_description);
				if (source.attribute_display_type !== undefined) {
					definition.attribute_display_type = enumIndex(source.attribute_display_type, ATTRIBUTE_DISPLAY_TYPES) ?? definition.attribute_display_type;
				}
				if (Array.isArray(source.attribute_values)) definition.attribute_values = source.attribute_values;
				if (source.regex_pattern !== undefined) definition.regex_pattern = String(source.regex_pattern);
				if (source.regex_cue !== undefined) definition.regex_cue = String(source.regex_cue);
				definition.updated_at = ctx.state.now();
				return ok(customAttributeView(definition));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/custom_attribute_definitions/{id}`,
			name: 'custom_attribute_definitions.destroy',
			access: admin,
			handle: (ctx) => {
				const definition = byId(ctx, ctx.state.customAttributeDefinitions, 'id');
				ctx.state.customAttributeDefinitions = ctx.state.customAttributeDefinitions.filter((d) => d !== definition);
				return headOk();
			},
		},

		// ------------------------------------------------------------------ custom filters (per user)
		{
			method: 'GET',
			path: `${A}/custom_filters`,
			name: 'custom_filters.index',
			access: account,
			handle: (ctx) => {
				// [I] defaults to conversation filters when filter_type is absent.
				const type = ctx.str('filter_type') ?? 'conversation';
				const list = ctx.state.customFilters.filter((f) => f.account_id === ctx.acct.id && f.user_id === ctx.user?.id && f.filter_type === type);
				return ok(list.map(customFilterView));
			},
		},
		{
			method: 'POST',
			path: `${A}/custom_filters`,
			name: 'custom_filters.create',
			access: account,
			handle: (ctx) => {
				const source = asRecord(ctx.body.custom_filter) ?? ctx.p;
				const name = source.name === undefined ? '' : String(source.name);
				if (!name) throw recordInvalid([{ attribute: 'name', message: "can't be blank" }]);
				const type = String(source.type ?? source.filter_type ?? 'conversation') as CustomFilter['filter_type'];
				if (!['conversation', 'contact', 'report'].includes(type)) throw new HttpError(422, { error: `'${type}' is not a valid filter_type` });
				const now = ctx.state.now();
				const filter: CustomFilter = {
					id: ctx.state.nextId('custom_filters'),
					account_id: ctx.acct.id,
					user_id: ctx.user?.id ?? 0,
					name,
					filter_type: type,
					query: asRecord(source.query) ?? {},
					created_at: now,
					updated_at: now,
				};
				ctx.state.customFilters.push(filter);
				return ok(customFilterView(filter));
			},
		},
		{
			method: 'GET',
			path: `${A}/custom_filters/{custom_filter_id}`,
			name: 'custom_filters.show',
			access: account,
			handle: (ctx) => ok(customFilterView(byId(ctx, ownFilters(ctx), 'custom_filter_id'))),
		},
		{
			method: 'PATCH',
			path: `${A}/custom_filters/{custom_filter_id}`,
			name: 'custom_filters.update',
			access: account,
			handle: (ctx) => {
				const filter = byId(ctx, ownFilters(ctx), 'custom_filter_id');
				const source = asRecord(ctx.body.custom_filter) ?? ctx.p;
				if (source.name !== undefined) filter.name = String(source.name);
				const type = source.type ?? source.filter_type;
				if (type !== undefined) filter.filter_type = String(type) as CustomFilter['filter_type'];
				const query = asRecord(source.query);
				if (query) filter.query = query;
				filter.updated_at = ctx.state.now();
				return ok(customFilterView(filter));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/custom_filters/{custom_filter_id}`,
			name: 'custom_filters.destroy',
			access: account,
			handle: (ctx) => {
				const filter = byId(ctx, ownFilters(ctx), 'custom_filter_id');
				ctx.state.customFilters = ctx.state.customFilters.filter((f) => f !== filter);
				return headOk();
			},
		},

		// ------------------------------------------------------------------ automation rules ({payload} envelopes per the spec)
		{
			method: 'GET',
			path: `${A}/automation_rules`,
			name: 'automation_rules.index',
			access: admin,
			handle: (ctx) => ok({ payload: ctx.state.automationRules.filter((r) => r.account_id === ctx.acct.id).map(automationRuleView) }),
		},
		{
			method: 'POST',
			path: `${A}/automation_rules`,
			name: 'automation_rules.create',
			access: admin,
			handle: (ctx) => {
				const source = asRecord(ctx.body.automation_rule) ?? ctx.p;
				const errors = [];
				if (!source.name) errors.push({ attribute: 'name', message: "can't be blank" });
				if (!source.event_name) errors.push({ attribute: 'event_name', message: "can't be blank" });
				if (!Array.isArray(source.conditions) || source.conditions.length === 0) errors.push({ attribute: 'conditions', message: "can't be blank" });
				if (!Array.isArray(source.actions) || source.actions.length === 0) errors.push({ attribute: 'actions', message: "can't be blank" });
				if (errors.length) throw recordInvalid(errors);
				const rule: AutomationRule = {
					id: ctx.state.nextId('automation_rules'),
					account_id: ctx.acct.id,
					name: String(source.name),
					description: source.description === undefined ? null : String(source.description),
					event_name: String(source.event_name),
					conditions: source.conditions as unknown[],
					actions: source.actions as unknown[],
					active: ctx.bool('active', source) ?? true,
					created_at: ctx.state.now(),
				};
				ctx.state.automationRules.push(rule);
				return ok({ payload: automationRuleView(rule) });
			},
		},
		{
			method: 'GET',
			path: `${A}/automation_rules/{id}`,
			name: 'automation_rules.show',
			access: admin,
			handle: (ctx) => ok({ payload: automationRuleView(byId(ctx, ctx.state.automationRules, 'id')) }),
		},
		{
			method: 'PATCH',
			path: `${A}/automation_rules/{id}`,
			name: 'automation_rules.update',
			access: admin,
			handle: (ctx) => {
				const rule = byId(ctx, ctx.state.automationRules, 'id');
				const source = asRecord(ctx.body.automation_rule) ?? ctx.p;
				if (source.name !== undefined) rule.name = String(source.name);
				if (source.description !== undefined) rule.description = String(source.description);
				if (source.event_name !== undefined) rule.event_name = String(source.event_name);
				if (Array.isArray(source.conditions)) rule.conditions = source.conditions;
				if (Array.isArray(source.actions)) rule.actions = source.actions;
				if (source.active !== undefined) rule.active = ctx.bool('active', source) ?? rule.active;
				return ok({ payload: automationRuleView(rule) });
			},
		},
		{
			method: 'DELETE',
			path: `${A}/automation_rules/{id}`,
			name: 'automation_rules.destroy',
			access: admin,
			handle: (ctx) => {
				const rule = byId(ctx, ctx.state.automationRules, 'id');
				ctx.state.automationRules = ctx.state.automationRules.filter((r) => r !== rule);
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${A}/automation_rules/{id}/clone`,
			name: 'automation_rules.clone',
			source: 'code',
			access: admin,
			handle: (ctx) => {
				const rule = byId(ctx, ctx.state.automationRules, 'id');
				const copy: AutomationRule = { ...structuredClone(rule), id: ctx.state.nextId('automation_rules'), created_at: ctx.state.now() };
				ctx.state.automationRules.push(copy);
				return ok({ payload: automationRuleView(copy) });
			},
		},

		// ------------------------------------------------------------------ webhooks
		{
			method: 'GET',
			path: `${A}/webhooks`,
			name: 'webhooks.index',
			access: admin,
			handle: (ctx) => ok({ payload: { webhooks: ctx.state.webhooks.filter((w) => w.account_id === ctx.acct.id).map((w) => webhookView(ctx.state, w)) } }),
		},
		{
			method: 'POST',
			path: `${A}/webhooks`,
			name: 'webhooks.create',
			access: admin,
			handle: (ctx) => {
				const input = webhookParams(ctx);
				const inboxId = input.inbox_id === undefined || input.inbox_id === null || input.inbox_id === '' ? null : findInbox(ctx, input.inbox_id).id;
				const subscriptions = input.subscriptions === undefined ? undefined : asStringList(input.subscriptions);
				const errors = ctx.state.validateWebhook(ctx.acct.id, { url: input.url, subscriptions });
				if (errors.length) throw recordInvalid(errors);
				const webhook = ctx.state.createWebhook(ctx.acct.id, {
					url: String(input.url),
					name: input.name === undefined || input.name === null ? null : String(input.name),
					subscriptions: subscriptions ?? [],
					inbox_id: inboxId,
				});
				return ok({ payload: { webhook: webhookView(ctx.state, webhook) } });
			},
		},
		...(['PATCH', 'PUT'] as const).map(
			(method): RouteDef => ({
				method,
				path: `${A}/webhooks/{webhook_id}`,
				name: method === 'PATCH' ? 'webhooks.update' : 'webhooks.update_put',
				// PUT: §4, §5 "PATCH/PUT" [C-code]; the spec has PATCH only.
				source: method === 'PATCH' ? 'spec' : 'code',
				spec: method === 'PUT' ? { like: 'PATCH' } : undefined,
				access: admin,
				handle: (ctx) => {
					const webhook = byId(ctx, ctx.state.webhooks, 'webhook_id');
					const input = webhookParams(ctx);
					const next = {
						url: input.url === undefined ? webhook.url : String(input.url),
						subscriptions: input.subscriptions === undefined ? webhook.subscriptions : asStringList(input.subscriptions),
					};
					const errors = ctx.state.validateWebhook(ctx.acct.id, next, webhook.id);
					if (errors.length) throw recordInvalid(errors);
					webhook.url = next.url;
					webhook.subscriptions = next.subscriptions;
					if (input.name !== undefined) webhook.name = input.name === null ? null : String(input.name);
					return ok({ payload: { webhook: webhookView(ctx.state, webhook) } });
				},
			}),
		),
		{
			method: 'DELETE',
			path: `${A}/webhooks/{webhook_id}`,
			name: 'webhooks.destroy',
			access: admin,
			handle: (ctx) => {
				const webhook = byId(ctx, ctx.state.webhooks, 'webhook_id');
				ctx.state.webhooks = ctx.state.webhooks.filter((w) => w !== webhook);
				return headOk();
			},
		},

		// ------------------------------------------------------------------ integrations
		{
			method: 'GET',
			path: `${A}/integrations/apps`,
			name: 'integrations.apps',
			access: account,
			handle: (ctx) => ok({ payload: integrationApps(ctx) }),
		},
		{
			method: 'GET',
			path: `${A}/integrations/apps/{id}`,
			name: 'integrations.apps.show',
			source: 'code',
			spec: { params: [pathParam('id', { type: 'string' })] },
			access: account,
			handle: (ctx) => {
				const app = integrationApps(ctx).find((a) => a.id === ctx.params.id);
				if (!app) throw notFound();
				return ok(app);
			},
		},
		{
			method: 'POST',
			path: `${A}/integrations/hooks`,
			name: 'integrations.hooks.create',
			access: admin,
			handle: (ctx) => {
				const source = asRecord(ctx.body.hook) ?? ctx.p;
				const appId = String(ctx.require('app_id', source));
				const app = INTEGRATION_APPS.find((a) => a.id === appId);
				if (!app) throw notFound();
				const inboxId = source.inbox_id === undefined || source.inbox_id === null ? null : findInbox(ctx, source.inbox_id).id;
				const hook: IntegrationHook = {
					id: ctx.state.nextId('integration_hooks'),
					account_id: ctx.acct.id,
					app_id: appId,
					inbox_id: inboxId,
					status: source.status === undefined ? 1 : Number(source.status) ? 1 : 0,
					hook_type: app.hook_type === 'inbox' ? 'inbox' : 'account',
					settings: asRecord(source.settings) ?? {},
					created_at: ctx.state.now(),
				};
				ctx.state.integrationHooks.push(hook);
				return ok(integrationHookView(hook));
			},
		},
		{
			method: 'PATCH',
			path: `${A}/integrations/hooks/{hook_id}`,
			name: 'integrations.hooks.update',
			access: admin,
			handle: (ctx) => {
				const hook = byId(ctx, ctx.state.integrationHooks, 'hook_id');
				const source = asRecord(ctx.body.hook) ?? ctx.p;
				if (source.status !== undefined) hook.status = Number(source.status) ? 1 : 0;
				const settings = asRecord(source.settings);
				if (settings) hook.settings = settings;
				return ok(integrationHookView(hook));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/integrations/hooks/{hook_id}`,
			name: 'integrations.hooks.destroy',
			access: admin,
			handle: (ctx) => {
				const hook = byId(ctx, ctx.state.integrationHooks, 'hook_id');
				ctx.state.integrationHooks = ctx.state.integrationHooks.filter((h) => h !== hook);
				return headOk();
			},
		},
		// No GET /integrations/hooks/{hook_id}: routes.rb declares it, but the hooks controller has no
		// `show` [C-code], so Chatwoot answers 404; a hook is read from the apps list.

		// ------------------------------------------------------------------ dashboard apps
		...dashboardAppRoutes(),
	];
}

function dashboardAppRoutes(): RouteDef[] {
	const account = { kind: 'account' as const };
	const admin = { kind: 'account' as const, admin: true };
	const fields = objectSchema({ title: { type: 'string' }, content: { type: 'array', items: objectSchema({ type: { type: 'string' }, url: { type: 'string' } }, ['url']) } });
	const body = { body: jsonBody({ anyOf: [fields, objectSchema({ dashboard_app: fields }, ['dashboard_app'])] }) };
	return [
		{
			method: 'GET',
			path: `${A}/dashboard_apps`,
			name: 'dashboard_apps.index',
			source: 'code',
			access: account,
			handle: (ctx) => ok(ctx.state.dashboardApps.filter((d) => d.account_id === ctx.acct.id).map(dashboardAppView)),
		},
		{
			method: 'POST',
			path: `${A}/dashboard_apps`,
			name: 'dashboard_apps.create',
			source: 'code',
			spec: body,
			access: admin,
			handle: (ctx) => {
				const draft: Partial<DashboardApp> = {};
				applyDashboardApp(ctx, draft);
				validateDashboardApp(draft);
				const now = ctx.state.now();
				const app: DashboardApp = { id: ctx.state.nextId('dashboard_apps'), account_id: ctx.acct.id, user_id: ctx.user?.id ?? null, title: draft.title!, content: draft.content!, created_at: now, updated_at: now };
				ctx.state.dashboardApps.push(app);
				return ok(dashboardAppView(app));
			},
		},
		{
			method: 'GET',
			path: `${A}/dashboard_apps/{id}`,
			name: 'dashboard_apps.show',
			source: 'code',
			access: account,
			handle: (ctx) => ok(dashboardAppView(byId(ctx, ctx.state.dashboardApps, 'id'))),
		},
		{
			method: 'PATCH',
			path: `${A}/dashboard_apps/{id}`,
			name: 'dashboard_apps.update',
			source: 'code',
			spec: body,
			access: admin,
			handle: (ctx) => {
				const app = byId(ctx, ctx.state.dashboardApps, 'id');
				const draft = { ...app };
				applyDashboardApp(ctx, draft);
				validateDashboardApp(draft);
				Object.assign(app, draft, { updated_at: ctx.state.now() });
				return ok(dashboardAppView(app));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/dashboard_apps/{id}`,
			name: 'dashboard_apps.destroy',
			source: 'code',
			access: admin,
			handle: (ctx) => {
				const app = byId(ctx, ctx.state.dashboardApps, 'id');
				ctx.state.dashboardApps = ctx.state.dashboardApps.filter((d) => d !== app);
				return headOk();
			},
		},
	];
}

function ownFilters(ctx: Ctx): CustomFilter[] {
	return ctx.state.customFilters.filter((f) => f.user_id === ctx.user?.id);
}
