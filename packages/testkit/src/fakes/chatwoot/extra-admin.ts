/**
 * Admin routes the fake does not serve yet, installed on a started fake by
 * `installAdminExtras(fake)` (written by the "admin" engineer; the fake's own files are untouched).
 *
 * Each route is confirmed in Chatwoot's `config/routes.rb` (the list in the admin brief) but is
 * absent from the OpenAPI spec, so the route is also declared to the fake's spec validator (as an
 * extra operation) with its parameters and body; the validator keeps checking every request.
 * A route or operation the fake already has is left alone (so this file can stay when the fake
 * grows them itself).
 *
 * | Route (relative to /api/v1/accounts/{account_id}) | Response (upstream views, [I] where noted) |
 * |---|---|
 * | POST /agents/bulk_create {emails:[]}          | `head :ok` |
 * | GET  /assignable_agents?inbox_ids[]=          | `{payload:[agent]}`: members of every inbox given, plus the administrators |
 * | GET  /inboxes/{id}/assignable_agents          | `{payload:[agent]}` (same rule, one inbox) |
 * | DELETE /inboxes/{id}                          | 200 `{message}` (the real server deletes in a job) [I: message text] |
 * | POST /automation_rules/{id}/clone             | `{payload: rule}` |
 * | GET/POST /macros, GET/PATCH/DELETE /macros/{id}, POST /macros/{id}/execute | `{payload}` envelopes; execute → `head :ok` |
 * | GET/POST /campaigns, GET/PATCH/DELETE /campaigns/{id} | bare array / bare campaign |
 * | GET/POST /dashboard_apps, GET/PATCH/DELETE /dashboard_apps/{id} | bare array / bare app |
 * | GET/DELETE /portals/{id} (slug)               | bare portal / `head :ok` |
 * | GET /portals/{id}/categories, GET/PATCH/DELETE …/categories/{category_id} | `{payload, meta}` / bare category |
 * | GET /portals/{id}/articles (25 per page [I]), GET/PATCH/DELETE …/articles/{article_id} | `{payload, meta}` / bare article |
 * | GET /integrations/apps/{id}, GET /integrations/hooks/{hook_id} | bare app / bare hook |
 * | GET /api/v2/accounts/{account_id}/summary_reports/label | rows like the other summary reports |
 *
 * Spec tolerances added to existing operations (the server code reads these, the spec omits them):
 * `group_by`, `timezone_offset`, `business_hours` on `GET /api/v2/…/reports`, `business_hours` and
 * `timezone_offset` on `GET /api/v2/…/reports/summary`; `agent_bot: null` on
 * `POST /inboxes/{id}/set_agent_bot` (the controller removes the bot when it is absent/null).
 */
import { compileRoutes, headOk, ok, type Ctx, type RouteDef, type Runtime } from './dsl';
import { HttpError, notFound, recordInvalid, type FieldError } from './errors';
import type { ChatwootFake } from './index';
import { asIdList, asRecord, asStringList, findConversation, findInbox, paginate, parseTime } from './routes/helpers';
import { settingsRoutes } from './routes/settings';
import type { SpecOperation } from './spec-validator';
import type { Article, AutomationRule, Category, Portal, User } from './types';
import { agentView, articleView, automationRuleView, categoryView, inboxView, integrationHookView, portalView } from './views';

const A = '/api/v1/accounts/{account_id}';
const V2 = '/api/v2/accounts/{account_id}';
/** [I] articles per page of GET /portals/{id}/articles. */
export const ARTICLES_PER_PAGE = 25;

// ------------------------------------------------------------------------------------ records

export interface Macro {
	id: number;
	account_id: number;
	name: string;
	visibility: 'personal' | 'global';
	actions: unknown[];
	created_by_id: number | null;
	updated_by_id: number | null;
	created_at: number;
	updated_at: number;
}

export interface Campaign {
	id: number;
	display_id: number;
	account_id: number;
	inbox_id: number;
	sender_id: number | null;
	title: string;
	description: string | null;
	message: string;
	enabled: boolean;
	campaign_type: 'ongoing' | 'one_off';
	campaign_status: 'active' | 'completed';
	scheduled_at: number | null;
	audience: Array<{ type: string; id: number }>;
	trigger_rules: Record<string, unknown>;
	trigger_only_during_business_hours: boolean;
	created_at: number;
	updated_at: number;
}

export interface DashboardApp {
	id: number;
	account_id: number;
	user_id: number | null;
	title: string;
	content: Array<{ type: string; url: string }>;
	created_at: number;
	updated_at: number;
}

export interface MacroExecution {
	macroId: number;
	conversationIds: number[];
	userId: number | null;
}

/** Tables of the extra resources, kept beside the fake's own state. */
export interface AdminExtrasState {
	macros: Macro[];
	campaigns: Campaign[];
	dashboardApps: DashboardApp[];
	/** Every POST /macros/{id}/execute, in order (the real server runs them in a job). */
	macroExecutions: MacroExecution[];
}

const extrasByState = new WeakMap<object, AdminExtrasState>();

/** The extra tables of a fake (created on first use). */
export function adminExtras(fake: Pick<ChatwootFake, 'state'>): AdminExtrasState {
	let extras = extrasByState.get(fake.state);
	if (!extras) {
		extras = { macros: [], campaigns: [], dashboardApps: [], macroExecutions: [] };
		extrasByState.set(fake.state, extras);
	}
	return extras;
}

// ------------------------------------------------------------------------------------ views

function userSlim(user: User | undefined) {
	return user ? { id: user.id, name: user.name, email: user.email, available_name: user.display_name || user.name, thumbnail: user.avatar_url } : null;
}

function macroView(ctx: Ctx, m: Macro) {
	return {
		id: m.id,
		name: m.name,
		visibility: m.visibility,
		account_id: m.account_id,
		actions: m.actions,
		created_by: userSlim(m.created_by_id === null ? undefined : ctx.state.user(m.created_by_id)),
		updated_by: userSlim(m.updated_by_id === null ? undefined : ctx.state.user(m.updated_by_id)),
		files: [],
	};
}

function campaignView(ctx: Ctx, c: Campaign) {
	const inbox = ctx.state.inboxes.find((i) => i.id === c.inbox_id);
	const sender = c.sender_id === null ? undefined : ctx.state.user(c.sender_id);
	return {
		id: c.id,
		display_id: c.display_id,
		title: c.title,
		description: c.description,
		account_id: c.account_id,
		inbox: inbox ? inboxView(inbox) : null,
		sender: userSlim(sender),
		message: c.message,
		campaign_status: c.campaign_status,
		enabled: c.enabled,
		campaign_type: c.campaign_type,
		scheduled_at: c.scheduled_at,
		trigger_rules: c.trigger_rules,
		trigger_only_during_business_hours: c.trigger_only_during_business_hours,
		audience: c.audience,
		created_at: c.created_at,
		updated_at: c.updated_at,
	};
}

function dashboardAppView(d: DashboardApp) {
	return { id: d.id, title: d.title, content: d.content, created_at: d.created_at, updated_at: d.updated_at };
}

// ------------------------------------------------------------------------------------ lookups

function byId<T extends { id: number; account_id: number }>(ctx: Ctx, list: T[], param: string): T {
	const raw = ctx.params[param] ?? '';
	const found = /^\d+$/.test(raw) ? list.find((x) => x.account_id === ctx.acct.id && x.id === Number(raw)) : undefined;
	if (!found) throw notFound();
	return found;
}

function findPortal(ctx: Ctx): Portal {
	const portal = ctx.state.portals.find((p) => p.account_id === ctx.acct.id && (p.slug === ctx.params.id || String(p.id) === ctx.params.id));
	if (!portal) throw notFound();
	return portal;
}

function findCategory(ctx: Ctx, portal: Portal): Category {
	const raw = ctx.params.category_id ?? '';
	const category = /^\d+$/.test(raw) ? ctx.state.categories.find((c) => c.portal_id === portal.id && c.id === Number(raw)) : undefined;
	if (!category) throw notFound();
	return category;
}

function findArticle(ctx: Ctx, portal: Portal): Article {
	const raw = ctx.params.article_id ?? '';
	const article = /^\d+$/.test(raw) ? ctx.state.articles.find((a) => a.portal_id === portal.id && a.id === Number(raw)) : undefined;
	if (!article) throw notFound();
	return article;
}

/** `Inbox#assignable_agents`: the inbox members plus every administrator of the account. */
function assignableIds(ctx: Ctx, inboxIds: number[]): number[] {
	const agents = ctx.state.agentsOf(ctx.acct.id);
	const admins = agents.filter((a) => a.membership.role === 'administrator').map((a) => a.user.id);
	const sets = inboxIds.map((id) => new Set([...findInbox(ctx, id).member_ids, ...admins]));
	return agents.map((a) => a.user.id).filter((id) => sets.every((s) => s.has(id)));
}

function agentsByIds(ctx: Ctx, ids: number[]) {
	return ids.map((id) => ctx.state.agentsOf(ctx.acct.id).find((a) => a.user.id === id)!).map(({ user, membership }) => agentView(user, membership));
}

const ARTICLE_STATUSES = ['draft', 'published', 'archived'];

function articleStatus(value: unknown): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'number') return value;
	const text = String(value);
	if (/^\d+$/.test(text)) return Number(text);
	const index = ARTICLE_STATUSES.indexOf(text);
	if (index === -1) throw new HttpError(422, { error: `'${text}' is not a valid status` });
	return index;
}

// ------------------------------------------------------------------------------------ routes

function applyMacro(ctx: Ctx, macro: Partial<Macro>): void {
	const source = asRecord(ctx.body.macro) ?? ctx.p;
	if (source.name !== undefined) macro.name = String(source.name);
	if (source.visibility !== undefined) {
		const visibility = String(source.visibility);
		if (visibility !== 'personal' && visibility !== 'global') throw new HttpError(422, { error: `'${visibility}' is not a valid visibility` });
		macro.visibility = visibility;
	}
	if (Array.isArray(source.actions)) macro.actions = source.actions;
}

function applyCampaign(ctx: Ctx, campaign: Partial<Campaign>): void {
	const source = asRecord(ctx.body.campaign) ?? ctx.p;
	for (const key of ['title', 'message'] as const) if (source[key] !== undefined) campaign[key] = String(source[key]);
	if (source.description !== undefined) campaign.description = source.description === null ? null : String(source.description);
	if (source.enabled !== undefined) campaign.enabled = ctx.bool('enabled', source) ?? true;
	if (source.trigger_only_during_business_hours !== undefined) campaign.trigger_only_during_business_hours = ctx.bool('trigger_only_during_business_hours', source) ?? false;
	if (source.inbox_id !== undefined) campaign.inbox_id = findInbox(ctx, source.inbox_id).id;
	if (source.sender_id !== undefined) {
		const sender = source.sender_id === null ? null : Number(source.sender_id);
		if (sender !== null && !ctx.state.accountUser(ctx.acct.id, sender)) throw notFound();
		campaign.sender_id = sender;
	}
	if (source.scheduled_at !== undefined) campaign.scheduled_at = parseTime(source.scheduled_at);
	if (Array.isArray(source.audience)) {
		campaign.audience = source.audience.map((a) => {
			const entry = asRecord(a) ?? {};
			return { type: String(entry.type ?? 'Label'), id: Number(entry.id) };
		});
	}
	const rules = asRecord(source.trigger_rules);
	if (rules) campaign.trigger_rules = rules;
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

function applyCategory(ctx: Ctx, category: Partial<Category>): void {
	const source = asRecord(ctx.body.category) ?? ctx.p;
	for (const key of ['name', 'slug', 'locale'] as const) if (source[key] !== undefined) category[key] = String(source[key]);
	if (source.description !== undefined) category.description = source.description === null ? null : String(source.description);
	if (source.icon !== undefined) category.icon = source.icon === null ? null : String(source.icon);
	if (source.position !== undefined) category.position = Number(source.position) || 0;
	for (const key of ['parent_category_id', 'associated_category_id'] as const) {
		if (source[key] !== undefined) category[key] = source[key] === null ? null : Number(source[key]);
	}
}

function applyArticle(ctx: Ctx, portal: Portal, article: Partial<Article>): void {
	const source = asRecord(ctx.body.article) ?? ctx.p;
	for (const key of ['title', 'slug', 'locale'] as const) if (source[key] !== undefined) article[key] = String(source[key]);
	for (const key of ['content', 'description'] as const) if (source[key] !== undefined) article[key] = source[key] === null ? null : String(source[key]);
	if (source.position !== undefined) article.position = source.position === null ? null : Number(source.position);
	const status = articleStatus(source.status);
	if (status !== undefined) article.status = status;
	if (source.category_id !== undefined) {
		const categoryId = source.category_id === null ? null : Number(source.category_id);
		if (categoryId !== null && !ctx.state.categories.some((c) => c.id === categoryId && c.portal_id === portal.id)) throw notFound();
		article.category_id = categoryId;
	}
	if (source.author_id !== undefined) article.author_id = source.author_id === null ? null : Number(source.author_id);
	if (source.associated_article_id !== undefined) article.associated_article_id = source.associated_article_id === null ? null : Number(source.associated_article_id);
	const meta = asRecord(source.meta);
	if (meta) article.meta = meta;
}

const INTEGRATION_APP_IDS = ['webhook', 'dashboard_apps', 'openai', 'dialogflow', 'slack', 'linear'];

export function adminExtraRouteDefs(extras: AdminExtrasState, appsOf: (ctx: Ctx) => Promise<Array<Record<string, unknown>>>): RouteDef[] {
	const account = { kind: 'account' as const };
	const admin = { kind: 'account' as const, admin: true };
	const code = 'code' as const;
	return [
		// ---------------------------------------------------------------- agents
		{
			method: 'POST',
			path: `${A}/agents/bulk_create`,
			name: 'agents.bulk_create',
			source: code,
			access: admin,
			handle: (ctx) => {
				const emails = asStringList(ctx.require('emails')).map((e) => e.trim().toLowerCase());
				for (const email of emails) {
					if (!/^[^@\s]+@[^@\s]+$/.test(email)) continue;
					let user = ctx.state.users.find((u) => u.email === email);
					if (user && ctx.state.accountUser(ctx.acct.id, user.id)) continue;
					user ??= ctx.state.createUser({ name: email.split('@')[0], email, confirmed: false });
					ctx.state.addUserToAccount(ctx.acct.id, user.id, 'agent', { availability: 'offline', inviter_id: ctx.user?.id ?? null });
				}
				return headOk();
			},
		},
		{
			method: 'GET',
			path: `${A}/assignable_agents`,
			name: 'assignable_agents.index',
			source: code,
			access: account,
			handle: (ctx) => {
				const ids = asIdList(ctx.require('inbox_ids'));
				return ok({ payload: agentsByIds(ctx, assignableIds(ctx, ids)) });
			},
		},

		// ---------------------------------------------------------------- inboxes
		{
			method: 'GET',
			path: `${A}/inboxes/{id}/assignable_agents`,
			name: 'inboxes.assignable_agents',
			source: code,
			access: account,
			handle: (ctx) => ok({ payload: agentsByIds(ctx, assignableIds(ctx, [findInbox(ctx, ctx.params.id).id])) }),
		},
		{
			method: 'DELETE',
			path: `${A}/inboxes/{id}`,
			name: 'inboxes.destroy',
			source: code,
			access: admin,
			handle: (ctx) => {
				const inbox = findInbox(ctx, ctx.params.id);
				ctx.state.inboxes = ctx.state.inboxes.filter((i) => i !== inbox);
				return ok({ message: 'Your inbox deletion request will be processed in some time.' });
			},
		},

		// ---------------------------------------------------------------- automation rules
		{
			method: 'POST',
			path: `${A}/automation_rules/{id}/clone`,
			name: 'automation_rules.clone',
			source: code,
			access: admin,
			handle: (ctx) => {
				const rule = byId(ctx, ctx.state.automationRules, 'id');
				const copy: AutomationRule = { ...structuredClone(rule), id: ctx.state.nextId('automation_rules'), created_at: ctx.state.now() };
				ctx.state.automationRules.push(copy);
				return ok({ payload: automationRuleView(copy) });
			},
		},

		// ---------------------------------------------------------------- macros
		{
			method: 'GET',
			path: `${A}/macros`,
			name: 'macros.index',
			source: code,
			access: account,
			handle: (ctx) =>
				ok({
					payload: extras.macros
						.filter((m) => m.account_id === ctx.acct.id && (m.visibility === 'global' || m.created_by_id === ctx.user?.id))
						.map((m) => macroView(ctx, m)),
				}),
		},
		{
			method: 'POST',
			path: `${A}/macros`,
			name: 'macros.create',
			source: code,
			access: account,
			handle: (ctx) => {
				const draft: Partial<Macro> = { visibility: 'personal', actions: [] };
				applyMacro(ctx, draft);
				const errors: FieldError[] = [];
				if (!draft.name) errors.push({ attribute: 'name', message: "can't be blank" });
				if (!draft.actions?.length) errors.push({ attribute: 'actions', message: "can't be blank" });
				if (errors.length) throw recordInvalid(errors);
				const now = ctx.state.now();
				const macro: Macro = {
					id: ctx.state.nextId('macros'),
					account_id: ctx.acct.id,
					name: draft.name!,
					visibility: draft.visibility ?? 'personal',
					actions: draft.actions!,
					created_by_id: ctx.user?.id ?? null,
					updated_by_id: ctx.user?.id ?? null,
					created_at: now,
					updated_at: now,
				};
				extras.macros.push(macro);
				return ok({ payload: macroView(ctx, macro) });
			},
		},
		{
			method: 'GET',
			path: `${A}/macros/{id}`,
			name: 'macros.show',
			source: code,
			access: account,
			handle: (ctx) => ok({ payload: macroView(ctx, byId(ctx, extras.macros, 'id')) }),
		},
		{
			method: 'PATCH',
			path: `${A}/macros/{id}`,
			name: 'macros.update',
			source: code,
			access: account,
			handle: (ctx) => {
				const macro = byId(ctx, extras.macros, 'id');
				applyMacro(ctx, macro);
				macro.updated_by_id = ctx.user?.id ?? null;
				macro.updated_at = ctx.state.now();
				return ok({ payload: macroView(ctx, macro) });
			},
		},
		{
			method: 'DELETE',
			path: `${A}/macros/{id}`,
			name: 'macros.destroy',
			source: code,
			access: account,
			handle: (ctx) => {
				const macro = byId(ctx, extras.macros, 'id');
				extras.macros = extras.macros.filter((m) => m !== macro);
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${A}/macros/{id}/execute`,
			name: 'macros.execute',
			source: code,
			access: account,
			handle: (ctx) => {
				const macro = byId(ctx, extras.macros, 'id');
				const ids = asIdList(ctx.require('conversation_ids'));
				for (const id of ids) findConversation(ctx, id);
				extras.macroExecutions.push({ macroId: macro.id, conversationIds: ids, userId: ctx.user?.id ?? null });
				return headOk();
			},
		},

		// ---------------------------------------------------------------- campaigns
		{
			method: 'GET',
			path: `${A}/campaigns`,
			name: 'campaigns.index',
			source: code,
			access: admin,
			handle: (ctx) => ok(extras.campaigns.filter((c) => c.account_id === ctx.acct.id).map((c) => campaignView(ctx, c))),
		},
		{
			method: 'POST',
			path: `${A}/campaigns`,
			name: 'campaigns.create',
			source: code,
			access: admin,
			handle: (ctx) => {
				const draft: Partial<Campaign> = { description: null, enabled: true, sender_id: null, scheduled_at: null, audience: [], trigger_rules: {}, trigger_only_during_business_hours: false };
				applyCampaign(ctx, draft);
				const errors: FieldError[] = [];
				if (!draft.title) errors.push({ attribute: 'title', message: "can't be blank" });
				if (!draft.message) errors.push({ attribute: 'message', message: "can't be blank" });
				if (draft.inbox_id === undefined) errors.push({ attribute: 'inbox', message: 'must exist' });
				if (errors.length) throw recordInvalid(errors);
				const inbox = ctx.state.inboxes.find((i) => i.id === draft.inbox_id)!;
				const type = inbox.channel_type === 'Channel::WebWidget' ? 'ongoing' : ['Channel::Sms', 'Channel::Whatsapp'].includes(inbox.channel_type) ? 'one_off' : undefined;
				if (!type) throw recordInvalid([{ attribute: 'inbox', message: 'Unsupported Inbox type' }]);
				const now = ctx.state.now();
				const campaign: Campaign = {
					...(draft as Campaign),
					id: ctx.state.nextId('campaigns'),
					display_id: extras.campaigns.filter((c) => c.account_id === ctx.acct.id).length + 1,
					account_id: ctx.acct.id,
					campaign_type: type,
					campaign_status: 'active',
					created_at: now,
					updated_at: now,
				};
				extras.campaigns.push(campaign);
				return ok(campaignView(ctx, campaign));
			},
		},
		{
			method: 'GET',
			path: `${A}/campaigns/{id}`,
			name: 'campaigns.show',
			source: code,
			access: admin,
			handle: (ctx) => ok(campaignView(ctx, byId(ctx, extras.campaigns, 'id'))),
		},
		{
			method: 'PATCH',
			path: `${A}/campaigns/{id}`,
			name: 'campaigns.update',
			source: code,
			access: admin,
			handle: (ctx) => {
				const campaign = byId(ctx, extras.campaigns, 'id');
				applyCampaign(ctx, campaign);
				campaign.updated_at = ctx.state.now();
				return ok(campaignView(ctx, campaign));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/campaigns/{id}`,
			name: 'campaigns.destroy',
			source: code,
			access: admin,
			handle: (ctx) => {
				const campaign = byId(ctx, extras.campaigns, 'id');
				extras.campaigns = extras.campaigns.filter((c) => c !== campaign);
				return headOk();
			},
		},

		// ---------------------------------------------------------------- dashboard apps
		{
			method: 'GET',
			path: `${A}/dashboard_apps`,
			name: 'dashboard_apps.index',
			source: code,
			access: account,
			handle: (ctx) => ok(extras.dashboardApps.filter((d) => d.account_id === ctx.acct.id).map(dashboardAppView)),
		},
		{
			method: 'POST',
			path: `${A}/dashboard_apps`,
			name: 'dashboard_apps.create',
			source: code,
			access: admin,
			handle: (ctx) => {
				const draft: Partial<DashboardApp> = {};
				applyDashboardApp(ctx, draft);
				validateDashboardApp(draft);
				const now = ctx.state.now();
				const app: DashboardApp = { id: ctx.state.nextId('dashboard_apps'), account_id: ctx.acct.id, user_id: ctx.user?.id ?? null, title: draft.title!, content: draft.content!, created_at: now, updated_at: now };
				extras.dashboardApps.push(app);
				return ok(dashboardAppView(app));
			},
		},
		{
			method: 'GET',
			path: `${A}/dashboard_apps/{id}`,
			name: 'dashboard_apps.show',
			source: code,
			access: account,
			handle: (ctx) => ok(dashboardAppView(byId(ctx, extras.dashboardApps, 'id'))),
		},
		{
			method: 'PATCH',
			path: `${A}/dashboard_apps/{id}`,
			name: 'dashboard_apps.update',
			source: code,
			access: admin,
			handle: (ctx) => {
				const app = byId(ctx, extras.dashboardApps, 'id');
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
			source: code,
			access: admin,
			handle: (ctx) => {
				const app = byId(ctx, extras.dashboardApps, 'id');
				extras.dashboardApps = extras.dashboardApps.filter((d) => d !== app);
				return headOk();
			},
		},

		// ---------------------------------------------------------------- help center
		{
			method: 'GET',
			path: `${A}/portals/{id}`,
			name: 'portals.show',
			source: code,
			access: admin,
			handle: (ctx) => ok(portalView(ctx.state, findPortal(ctx))),
		},
		{
			method: 'DELETE',
			path: `${A}/portals/{id}`,
			name: 'portals.destroy',
			source: code,
			access: admin,
			handle: (ctx) => {
				const portal = findPortal(ctx);
				ctx.state.portals = ctx.state.portals.filter((p) => p !== portal);
				ctx.state.categories = ctx.state.categories.filter((c) => c.portal_id !== portal.id);
				ctx.state.articles = ctx.state.articles.filter((a) => a.portal_id !== portal.id);
				return headOk();
			},
		},
		{
			method: 'GET',
			path: `${A}/portals/{id}/categories`,
			name: 'portals.categories.index',
			source: code,
			access: admin,
			handle: (ctx) => {
				const portal = findPortal(ctx);
				const locale = ctx.str('locale');
				const list = ctx.state.categories.filter((c) => c.portal_id === portal.id && (!locale || c.locale === locale));
				return ok({ payload: list.map(categoryView), meta: { current_page: 1, categories_count: list.length } });
			},
		},
		{
			method: 'GET',
			path: `${A}/portals/{id}/categories/{category_id}`,
			name: 'portals.categories.show',
			source: code,
			access: admin,
			handle: (ctx) => ok(categoryView(findCategory(ctx, findPortal(ctx)))),
		},
		{
			method: 'PATCH',
			path: `${A}/portals/{id}/categories/{category_id}`,
			name: 'portals.categories.update',
			source: code,
			access: admin,
			handle: (ctx) => {
				const portal = findPortal(ctx);
				const category = findCategory(ctx, portal);
				const draft = { ...category };
				applyCategory(ctx, draft);
				if (!draft.name) throw recordInvalid([{ attribute: 'name', message: "can't be blank" }]);
				if (ctx.state.categories.some((c) => c.id !== category.id && c.portal_id === portal.id && c.locale === draft.locale && c.slug === draft.slug)) {
					throw recordInvalid([{ attribute: 'slug', message: 'has already been taken' }]);
				}
				Object.assign(category, draft);
				return ok(categoryView(category));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/portals/{id}/categories/{category_id}`,
			name: 'portals.categories.destroy',
			source: code,
			access: admin,
			handle: (ctx) => {
				const category = findCategory(ctx, findPortal(ctx));
				ctx.state.categories = ctx.state.categories.filter((c) => c !== category);
				for (const a of ctx.state.articles) if (a.category_id === category.id) a.category_id = null;
				return headOk();
			},
		},
		{
			method: 'GET',
			path: `${A}/portals/{id}/articles`,
			name: 'portals.articles.index',
			source: code,
			access: admin,
			handle: (ctx) => {
				const portal = findPortal(ctx);
				const inPortal = ctx.state.articles.filter((a) => a.portal_id === portal.id);
				const locale = ctx.str('locale');
				const categorySlug = ctx.str('category_slug');
				const status = articleStatus(ctx.p.status);
				const authorId = ctx.int('author_id');
				const query = ctx.str('query')?.toLowerCase();
				const category = categorySlug ? ctx.state.categories.find((c) => c.portal_id === portal.id && c.slug === categorySlug) : undefined;
				const scoped = inPortal.filter(
					(a) =>
						(!locale || a.locale === locale) &&
						(!categorySlug || (category !== undefined && a.category_id === category.id)) &&
						(!query || a.title.toLowerCase().includes(query) || (a.content ?? '').toLowerCase().includes(query)),
				);
				const list = scoped.filter((a) => (status === undefined || a.status === status) && (authorId === undefined || a.author_id === authorId)).sort((a, b) => b.updated_at - a.updated_at || b.id - a.id);
				const count = (s: number) => scoped.filter((a) => a.status === s).length;
				return ok({
					payload: paginate(list, ctx.page(), ARTICLES_PER_PAGE).map(articleView),
					meta: {
						all_articles_count: scoped.length,
						archived_articles_count: count(2),
						articles_count: list.length,
						current_page: ctx.page(),
						draft_articles_count: count(0),
						mine_articles_count: scoped.filter((a) => a.author_id === ctx.user?.id).length,
						published_count: count(1),
					},
				});
			},
		},
		{
			method: 'GET',
			path: `${A}/portals/{id}/articles/{article_id}`,
			name: 'portals.articles.show',
			source: code,
			access: admin,
			handle: (ctx) => ok(articleView(findArticle(ctx, findPortal(ctx)))),
		},
		{
			method: 'PATCH',
			path: `${A}/portals/{id}/articles/{article_id}`,
			name: 'portals.articles.update',
			source: code,
			access: admin,
			handle: (ctx) => {
				const portal = findPortal(ctx);
				const article = findArticle(ctx, portal);
				const draft = { ...article };
				applyArticle(ctx, portal, draft);
				if (!draft.title) throw recordInvalid([{ attribute: 'title', message: "can't be blank" }]);
				Object.assign(article, draft, { updated_at: ctx.state.now() });
				return ok(articleView(article));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/portals/{id}/articles/{article_id}`,
			name: 'portals.articles.destroy',
			source: code,
			access: admin,
			handle: (ctx) => {
				const article = findArticle(ctx, findPortal(ctx));
				ctx.state.articles = ctx.state.articles.filter((a) => a !== article);
				return headOk();
			},
		},

		// ---------------------------------------------------------------- integrations
		{
			method: 'GET',
			path: `${A}/integrations/apps/{id}`,
			name: 'integrations.apps.show',
			source: code,
			access: account,
			handle: async (ctx) => {
				if (!INTEGRATION_APP_IDS.includes(ctx.params.id)) throw notFound();
				const app = (await appsOf(ctx)).find((a) => a.id === ctx.params.id);
				if (!app) throw notFound();
				return ok(app);
			},
		},
		{
			method: 'GET',
			path: `${A}/integrations/hooks/{hook_id}`,
			name: 'integrations.hooks.show',
			source: code,
			access: admin,
			handle: (ctx) => ok(integrationHookView(byId(ctx, ctx.state.integrationHooks, 'hook_id'))),
		},

		// ---------------------------------------------------------------- reports
		{
			method: 'GET',
			path: `${V2}/summary_reports/label`,
			name: 'summary_reports.label',
			source: code,
			access: admin,
			handle: (ctx) => {
				const until = parseTime(ctx.p.until) ?? ctx.state.now();
				const since = parseTime(ctx.p.since) ?? until - 7 * 86_400;
				const inRange = (t: number) => t >= since && t < until;
				const all = ctx.state.conversationsOf(ctx.acct.id);
				const average = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null);
				const rows = ctx.state.labelsOf(ctx.acct.id).map((label) => {
					const conversations = all.filter((c) => c.labels.includes(label.title) && inRange(c.created_at));
					const ids = new Set(conversations.map((c) => c.id));
					const events = ctx.state.reportingEvents.filter((e) => e.conversation_id !== null && ids.has(e.conversation_id));
					const value = (name: string) => average(events.filter((e) => e.name === name).map((e) => (ctx.bool('business_hours') ? e.value_in_business_hours : e.value)));
					const firstResponse = value('first_response');
					return {
						id: label.id,
						conversations_count: conversations.length,
						resolved_conversations_count: conversations.filter((c) => c.status === 'resolved').length,
						avg_resolution_time: value('conversation_resolved'),
						avg_first_response_time: firstResponse,
						avg_reply_time: firstResponse === null ? null : Math.round(firstResponse * 0.8),
					};
				});
				return ok(rows);
			},
		},
	];
}

// ------------------------------------------------------------------------------------ spec

const accountParam = { name: 'account_id', in: 'path' as const, required: true, schema: { type: 'integer' } };
const idParam = (name: string, type: 'integer' | 'string' = 'integer') => ({ name, in: 'path' as const, required: true, schema: { type } });
const query = (name: string, schema: Record<string, unknown>, required = false) => ({ name, in: 'query' as const, required, schema });
const json = (schema: Record<string, unknown>) => ({ required: true, content: { 'application/json': { schema } } });
const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, ...(required.length ? { required } : {}) });
const anyObject = { type: 'object' };
const anyArray = { type: 'array', items: { type: 'object' } };
const sinceUntil = [query('since', { type: 'string' }), query('until', { type: 'string' })];

const macroBody = object({ name: { type: 'string' }, visibility: { type: 'string', enum: ['personal', 'global'] }, actions: anyArray });
const campaignBody = object({
	title: { type: 'string' },
	description: { type: 'string' },
	message: { type: 'string' },
	enabled: { type: 'boolean' },
	trigger_only_during_business_hours: { type: 'boolean' },
	inbox_id: { type: 'integer' },
	sender_id: { type: 'integer' },
	scheduled_at: { type: 'string' },
	audience: { type: 'array', items: object({ type: { type: 'string' }, id: { type: 'integer' } }) },
	trigger_rules: anyObject,
	template_params: anyObject,
});
const dashboardAppBody = object({ title: { type: 'string' }, content: { type: 'array', items: object({ type: { type: 'string' }, url: { type: 'string' } }, ['url']) } });
const categoryBody = object({
	name: { type: 'string' },
	description: { type: 'string' },
	position: { type: 'integer' },
	slug: { type: 'string' },
	locale: { type: 'string' },
	icon: { type: 'string' },
	parent_category_id: { type: 'integer' },
	associated_category_id: { type: 'integer' },
});
const articleBody = object({
	title: { type: 'string' },
	slug: { type: 'string' },
	position: { type: 'integer' },
	content: { type: 'string' },
	description: { type: 'string' },
	category_id: { type: 'integer' },
	author_id: { type: 'integer' },
	associated_article_id: { type: 'integer' },
	status: { type: ['integer', 'string'] },
	locale: { type: 'string' },
	meta: anyObject,
});

interface ExtraOperation {
	method: string;
	path: string;
	params?: Array<{ name: string; in: 'path' | 'query'; required?: boolean; schema?: Record<string, unknown> }>;
	body?: ReturnType<typeof json>;
}

/** The extra routes as spec operations (path params are derived from the template). */
function extraOperations(): ExtraOperation[] {
	const portalId = idParam('id', 'string');
	return [
		{ method: 'POST', path: `${A}/agents/bulk_create`, body: json(object({ emails: { type: 'array', items: { type: 'string' } } }, ['emails'])) },
		{ method: 'GET', path: `${A}/assignable_agents`, params: [query('inbox_ids', { type: 'array', items: { type: 'integer' } }, true)] },
		{ method: 'GET', path: `${A}/inboxes/{id}/assignable_agents` },
		{ method: 'DELETE', path: `${A}/inboxes/{id}` },
		{ method: 'POST', path: `${A}/automation_rules/{id}/clone` },
		{ method: 'GET', path: `${A}/macros` },
		{ method: 'POST', path: `${A}/macros`, body: json(macroBody) },
		{ method: 'GET', path: `${A}/macros/{id}` },
		{ method: 'PATCH', path: `${A}/macros/{id}`, body: json(macroBody) },
		{ method: 'DELETE', path: `${A}/macros/{id}` },
		{ method: 'POST', path: `${A}/macros/{id}/execute`, body: json(object({ conversation_ids: { type: 'array', items: { type: 'integer' } } }, ['conversation_ids'])) },
		{ method: 'GET', path: `${A}/campaigns` },
		{ method: 'POST', path: `${A}/campaigns`, body: json({ anyOf: [campaignBody, object({ campaign: campaignBody }, ['campaign'])] }) },
		{ method: 'GET', path: `${A}/campaigns/{id}` },
		{ method: 'PATCH', path: `${A}/campaigns/{id}`, body: json({ anyOf: [campaignBody, object({ campaign: campaignBody }, ['campaign'])] }) },
		{ method: 'DELETE', path: `${A}/campaigns/{id}` },
		{ method: 'GET', path: `${A}/dashboard_apps` },
		{ method: 'POST', path: `${A}/dashboard_apps`, body: json({ anyOf: [dashboardAppBody, object({ dashboard_app: dashboardAppBody }, ['dashboard_app'])] }) },
		{ method: 'GET', path: `${A}/dashboard_apps/{id}` },
		{ method: 'PATCH', path: `${A}/dashboard_apps/{id}`, body: json({ anyOf: [dashboardAppBody, object({ dashboard_app: dashboardAppBody }, ['dashboard_app'])] }) },
		{ method: 'DELETE', path: `${A}/dashboard_apps/{id}` },
		{ method: 'GET', path: `${A}/portals/{id}`, params: [portalId] },
		{ method: 'DELETE', path: `${A}/portals/{id}`, params: [portalId] },
		{ method: 'GET', path: `${A}/portals/{id}/categories`, params: [portalId, query('locale', { type: 'string' })] },
		{ method: 'GET', path: `${A}/portals/{id}/categories/{category_id}`, params: [portalId] },
		{ method: 'PATCH', path: `${A}/portals/{id}/categories/{category_id}`, params: [portalId], body: json(categoryBody) },
		{ method: 'DELETE', path: `${A}/portals/{id}/categories/{category_id}`, params: [portalId] },
		{
			method: 'GET',
			path: `${A}/portals/{id}/articles`,
			params: [
				portalId,
				query('page', { type: 'integer' }),
				query('locale', { type: 'string' }),
				query('category_slug', { type: 'string' }),
				query('status', { type: 'string', enum: ['draft', 'published', 'archived'] }),
				query('author_id', { type: 'integer' }),
				query('query', { type: 'string' }),
			],
		},
		{ method: 'GET', path: `${A}/portals/{id}/articles/{article_id}`, params: [portalId] },
		{ method: 'PATCH', path: `${A}/portals/{id}/articles/{article_id}`, params: [portalId], body: json(articleBody) },
		{ method: 'DELETE', path: `${A}/portals/{id}/articles/{article_id}`, params: [portalId] },
		{ method: 'GET', path: `${A}/integrations/apps/{id}`, params: [idParam('id', 'string')] },
		{ method: 'GET', path: `${A}/integrations/hooks/{hook_id}` },
		{ method: 'GET', path: `${V2}/summary_reports/label`, params: [...sinceUntil, query('business_hours', { type: 'boolean' })] },
	];
}

const segmentsOf = (template: string) => template.split('/').filter((s, i, all) => !(s === '' && (i === 0 || i === all.length - 1)));

function toSpecOperation(op: ExtraOperation): SpecOperation {
	const declared = new Map<string, NonNullable<ExtraOperation['params']>[number]>();
	for (const segment of segmentsOf(op.path)) {
		if (segment.startsWith('{')) {
			const name = segment.slice(1, -1);
			declared.set(`path:${name}`, name === 'account_id' ? accountParam : idParam(name));
		}
	}
	for (const p of op.params ?? []) declared.set(`${p.in}:${p.name}`, p);
	return {
		method: op.method,
		path: op.path,
		operationId: `admin-extra-${op.method.toLowerCase()}-${op.path.replace(/[^a-z0-9]+/gi, '-')}`,
		extra: true,
		segments: segmentsOf(op.path),
		params: [...declared.values()] as SpecOperation['params'],
		requestBody: op.body as SpecOperation['requestBody'],
	};
}

/** Adds the query parameters / nullability the server reads to operations the spec has. */
function patchExistingOperations(operations: SpecOperation[]): void {
	const find = (method: string, path: string) => operations.filter((o) => o.method === method && o.path === path);
	const addQuery = (op: SpecOperation, name: string, schema: Record<string, unknown>) => {
		if (!op.params.some((p) => p.in === 'query' && p.name === name)) op.params.push({ name, in: 'query', required: false, schema });
	};
	for (const op of find('GET', `${V2}/reports`)) {
		addQuery(op, 'group_by', { type: 'string', enum: ['day', 'week', 'month', 'year'] });
		addQuery(op, 'timezone_offset', { type: 'number' });
		addQuery(op, 'business_hours', { type: 'boolean' });
	}
	for (const op of find('GET', `${V2}/reports/summary`)) {
		addQuery(op, 'timezone_offset', { type: 'number' });
		addQuery(op, 'business_hours', { type: 'boolean' });
	}
	for (const op of find('POST', `${A}/inboxes/{id}/set_agent_bot`)) {
		op.requestBody = json(object({ agent_bot: { type: ['number', 'null'] } }, ['agent_bot'])) as SpecOperation['requestBody'];
	}
}

// ------------------------------------------------------------------------------------ install

const installed = new WeakSet<object>();

/**
 * Serves the extra admin routes on `fake` and declares them to its spec validator. Idempotent.
 * `strictSpec` should match the fake's option (default true: a spec violation is answered 400).
 */
export function installAdminExtras(fake: ChatwootFake, options: { strictSpec?: boolean } = {}): AdminExtrasState {
	const extras = adminExtras(fake);
	if (installed.has(fake.server)) return extras;
	installed.add(fake.server);

	const runtime: Runtime = { state: fake.state, validator: fake.validator, strictSpec: options.strictSpec ?? true, conversationsPerPage: 25 };
	// GET /integrations/apps/{id} renders the app exactly as the list does: reuse the fake's list handler.
	const listApps = settingsRoutes().find((d) => d.name === 'integrations.apps');
	const appsOf = async (ctx: Ctx): Promise<Array<Record<string, unknown>>> => {
		const res = listApps ? await listApps.handle(ctx) : undefined;
		return ((res?.body as { payload?: Array<Record<string, unknown>> } | undefined)?.payload ?? []) as Array<Record<string, unknown>>;
	};

	const existing = new Set(fake.routes.map((r) => `${r.method} ${r.path}`));
	const defs = adminExtraRouteDefs(extras, appsOf).filter((d) => !existing.has(`${d.method} ${d.path}`));
	for (const route of compileRoutes(defs, runtime)) fake.server.addRoute(route);
	for (const d of defs) (fake.routes as Array<{ method: string; path: string; name: string; source: 'spec' | 'code' }>).push({ method: d.method, path: d.path, name: d.name, source: 'code' });

	const validator = fake.validator;
	if (validator) {
		const known = new Set(validator.operations.map((o) => `${o.method} ${o.path}`));
		for (const op of extraOperations()) if (!known.has(`${op.method} ${op.path}`)) validator.operations.push(toSpecOperation(op));
		patchExistingOperations(validator.operations);
	}
	return extras;
}
