/**
 * Account, profile, audit logs, account agent bots and the branded email layout.
 */
import { ok, headOk, jsonBody, objectSchema, type Ctx, type RouteDef } from '../dsl';
import { notFound, paramMissing, recordInvalid } from '../errors';
import type { AgentBot } from '../types';
import { accountView, agentBotView, auditLogView, userView } from '../views';
import { asRecord, paginate } from './helpers';

const A = '/api/v1/accounts/{account_id}';
/** [I] the spec's example says 25 per page (§6 notes the size was raised upstream in #14582). */
export const AUDIT_LOGS_PER_PAGE = 25;

function findAccountBot(ctx: Ctx): AgentBot {
	const bot = /^\d+$/.test(ctx.params.id ?? '') ? ctx.state.agentBots.find((b) => b.id === Number(ctx.params.id) && b.account_id === ctx.acct.id) : undefined;
	if (!bot) throw notFound();
	return bot;
}

function applyBot(ctx: Ctx, bot: Partial<AgentBot>): void {
	const source = asRecord(ctx.body.agent_bot) ?? ctx.p;
	if (source.name !== undefined) bot.name = String(source.name);
	if (source.description !== undefined) bot.description = source.description === null ? null : String(source.description);
	if (source.outgoing_url !== undefined) bot.outgoing_url = source.outgoing_url === null ? null : String(source.outgoing_url);
	if (source.avatar_url !== undefined) bot.thumbnail = String(source.avatar_url);
	if (source.bot_type !== undefined) bot.bot_type = Number(source.bot_type) || 0;
	const config = asRecord(source.bot_config);
	if (config) bot.bot_config = config;
}

/**
 * The profile routes that set something per account (`profile: {account_id, …}`): the signed-in user,
 * the `profile` body (400 without it) and the user's membership of that account (404 when none).
 */
function profileMembership(ctx: Ctx) {
	const user = ctx.user!;
	const profile = asRecord(ctx.body.profile);
	if (!profile) throw paramMissing('profile');
	const membership = ctx.state.accountUsers.find((au) => au.user_id === user.id && String(au.account_id) === String(profile.account_id));
	if (!membership) throw notFound();
	return { user, profile, membership };
}

export function accountRoutes(): RouteDef[] {
	const account = { kind: 'account' as const };
	const admin = { kind: 'account' as const, admin: true };
	return [
		{ method: 'GET', path: A, name: 'accounts.show', access: account, handle: (ctx) => ok(accountView(ctx.acct)) },
		{
			method: 'PATCH',
			path: A,
			name: 'accounts.update',
			access: admin,
			handle: (ctx) => {
				const acct = ctx.acct;
				const p = asRecord(ctx.body.account) ?? ctx.p;
				if (p.name !== undefined) {
					if (!p.name) throw recordInvalid([{ attribute: 'name', message: "can't be blank" }]);
					acct.name = String(p.name);
				}
				if (p.locale !== undefined) acct.locale = String(p.locale);
				if (p.domain !== undefined) acct.domain = p.domain === null ? null : String(p.domain);
				if (p.support_email !== undefined) acct.support_email = p.support_email === null ? null : String(p.support_email);
				if (p.auto_resolve_after !== undefined) acct.settings.auto_resolve_after = p.auto_resolve_after === null ? null : Number(p.auto_resolve_after);
				if (p.auto_resolve_message !== undefined) acct.settings.auto_resolve_message = p.auto_resolve_message === null ? null : String(p.auto_resolve_message);
				if (p.auto_resolve_ignore_waiting !== undefined) acct.settings.auto_resolve_ignore_waiting = ctx.bool('auto_resolve_ignore_waiting', p) ?? null;
				for (const key of ['industry', 'company_size', 'timezone']) {
					if (p[key] !== undefined) acct.custom_attributes[key] = p[key];
				}
				ctx.state.addAuditLog(acct.id, 'Account', acct.id, 'update', ctx.user, { name: acct.name });
				return ok(accountView(acct, false));
			},
		},
		{
			method: 'GET',
			path: `${A}/branded_email_layout`,
			name: 'accounts.branded_email_layout.show',
			access: admin,
			handle: (ctx) => ok({ branded_email_layout: ctx.acct.branded_email_layout }),
		},
		{
			method: 'PATCH',
			path: `${A}/branded_email_layout`,
			name: 'accounts.branded_email_layout.update',
			access: admin,
			handle: (ctx) => {
				if ('branded_email_layout' in ctx.p) {
					const value = ctx.p.branded_email_layout;
					ctx.acct.branded_email_layout = value === null || value === '' ? null : String(value);
				}
				return ok({ branded_email_layout: ctx.acct.branded_email_layout });
			},
		},
		{
			method: 'GET',
			path: `${A}/audit_logs`,
			name: 'audit_logs.show',
			access: admin,
			handle: (ctx) => {
				const logs = ctx.state.auditLogs.filter((l) => l.account_id === ctx.acct.id).sort((a, b) => b.id - a.id);
				const page = ctx.page();
				return ok({
					per_page: AUDIT_LOGS_PER_PAGE,
					total_entries: logs.length,
					current_page: page,
					audit_logs: paginate(logs, page, AUDIT_LOGS_PER_PAGE).map(auditLogView),
				});
			},
		},

		// ------------------------------------------------------------------ account agent bots
		{
			method: 'GET',
			path: `${A}/agent_bots`,
			name: 'agent_bots.index',
			access: account,
			handle: (ctx) =>
				ok(ctx.state.agentBots.filter((b) => b.account_id === ctx.acct.id || b.account_id === null).map((b) => agentBotView(b, b.account_id !== null && ctx.isAdmin))),
		},
		{
			method: 'POST',
			path: `${A}/agent_bots`,
			name: 'agent_bots.create',
			access: admin,
			handle: (ctx) => {
				const draft: Partial<AgentBot> = {};
				applyBot(ctx, draft);
				if (!draft.name) throw recordInvalid([{ attribute: 'name', message: "can't be blank" }]);
				const bot = ctx.state.createAgentBot({ ...draft, name: draft.name, account_id: ctx.acct.id });
				return ok(agentBotView(bot));
			},
		},
		{
			method: 'GET',
			path: `${A}/agent_bots/{id}`,
			name: 'agent_bots.show',
			access: account,
			handle: (ctx) => ok(agentBotView(findAccountBot(ctx), ctx.isAdmin)),
		},
		{
			method: 'PATCH',
			path: `${A}/agent_bots/{id}`,
			name: 'agent_bots.update',
			access: admin,
			handle: (ctx) => {
				const bot = findAccountBot(ctx);
				applyBot(ctx, bot);
				return ok(agentBotView(bot));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/agent_bots/{id}`,
			name: 'agent_bots.destroy',
			access: admin,
			handle: (ctx) => {
				const bot = findAccountBot(ctx);
				ctx.state.agentBots = ctx.state.agentBots.filter((b) => b !== bot);
				for (const inbox of ctx.state.inboxes) if (inbox.agent_bot_id === bot.id) inbox.agent_bot_id = null;
				return headOk();
			},
		},

		// ------------------------------------------------------------------ profile
		{
			method: 'GET',
			path: '/api/v1/profile',
			name: 'profile.show',
			access: { kind: 'profile' },
			handle: (ctx) => ok(userView(ctx.state, ctx.user!)),
		},
		{
			method: 'PUT',
			path: '/api/v1/profile',
			name: 'profile.update',
			access: { kind: 'profile' },
			handle: (ctx) => {
				const user = ctx.user!;
				const profile = asRecord(ctx.body.profile);
				if (!profile) throw paramMissing('profile');
				if (profile.name !== undefined) user.name = String(profile.name);
				if (profile.display_name !== undefined) user.display_name = profile.display_name === null ? null : String(profile.display_name);
				if (profile.message_signature !== undefined) user.message_signature = profile.message_signature === null ? null : String(profile.message_signature);
				if (profile.email !== undefined) {
					const email = String(profile.email).toLowerCase();
					if (ctx.state.users.some((u) => u.id !== user.id && u.email === email)) throw recordInvalid([{ attribute: 'email', message: 'has already been taken' }]);
					user.email = email;
					user.uid = email;
				}
				const ui = asRecord(profile.ui_settings);
				if (ui) user.ui_settings = { ...user.ui_settings, ...ui };
				return ok(userView(ctx.state, user));
			},
		},
		// POST /api/v1/profile/auto_offline [C-code: ProfilesController#auto_offline]: `profile: {account_id,
		// auto_offline}` (absent → false); the membership of that account (404 when none); renders the user.
		{
			method: 'POST',
			path: '/api/v1/profile/auto_offline',
			name: 'profile.auto_offline',
			source: 'code',
			spec: { body: jsonBody(objectSchema({ profile: objectSchema({ account_id: { type: 'integer' }, auto_offline: { type: 'boolean' } }, ['account_id']) }, ['profile'])) },
			access: { kind: 'profile' },
			handle: (ctx) => {
				const { user, profile, membership } = profileMembership(ctx);
				membership.auto_offline = ctx.bool('auto_offline', profile) ?? false;
				return ok(userView(ctx.state, user, membership.account_id));
			},
		},
		// POST /api/v1/profile/availability [C-code: ProfilesController#availability]: `profile: {account_id,
		// availability}`; the membership of that account (404 when none) takes it; renders the user.
		{
			method: 'POST',
			path: '/api/v1/profile/availability',
			name: 'profile.availability',
			source: 'code',
			spec: {
				body: jsonBody(objectSchema({ profile: objectSchema({ account_id: { type: 'integer' }, availability: { type: 'string', enum: ['online', 'busy', 'offline'] } }, ['account_id', 'availability']) }, ['profile'])),
			},
			access: { kind: 'profile' },
			handle: (ctx) => {
				const { user, profile, membership } = profileMembership(ctx);
				membership.availability = String(profile.availability) as typeof membership.availability;
				return ok(userView(ctx.state, user, membership.account_id));
			},
		},
	];
}
