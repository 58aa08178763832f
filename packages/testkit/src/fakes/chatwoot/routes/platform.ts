/**
 * Platform API (`/platform/api/v1`, self-hosted only, §1): accounts, account users, agent bots,
 * users. Needs a platform-app token; an app reaches only the objects it created or was granted
 * (401 `{"error":"Non permissible resource"}`). Missing objects answer 404 first.
 */
import { ok, headOk, type Ctx, type RouteDef } from '../dsl';
import { ensurePermissible } from '../auth';
import { HttpError, notFound, paramMissing, recordInvalid } from '../errors';
import type { Account, AgentBot, Role, User } from '../types';
import { agentBotView, iso, userView } from '../views';
import { asRecord } from './helpers';

const P = '/platform/api/v1';
const platform = { kind: 'platform' as const };

function platformAccountView(account: Account) {
	return {
		id: account.id,
		name: account.name,
		locale: account.locale,
		domain: account.domain,
		support_email: account.support_email,
		status: account.status,
		limits: account.limits,
		custom_attributes: account.custom_attributes,
		created_at: iso(account.created_at),
	};
}

function findAccount(ctx: Ctx): Account {
	const account = /^\d+$/.test(ctx.params.account_id ?? '') ? ctx.state.account(ctx.params.account_id) : undefined;
	if (!account) throw notFound();
	ensurePermissible(ctx, 'Account', account.id);
	return account;
}

function findUser(ctx: Ctx): User {
	const user = /^\d+$/.test(ctx.params.id ?? '') ? ctx.state.user(ctx.params.id) : undefined;
	if (!user) throw notFound();
	ensurePermissible(ctx, 'User', user.id);
	return user;
}

function findBot(ctx: Ctx): AgentBot {
	const bot = /^\d+$/.test(ctx.params.id ?? '') ? ctx.state.agentBots.find((b) => b.id === Number(ctx.params.id)) : undefined;
	if (!bot) throw notFound();
	ensurePermissible(ctx, 'AgentBot', bot.id);
	return bot;
}

function applyAccount(source: Record<string, unknown>, account: Partial<Account>): void {
	if (source.name !== undefined) account.name = String(source.name);
	if (source.locale !== undefined) account.locale = String(source.locale);
	if (source.domain !== undefined) account.domain = source.domain === null ? null : String(source.domain);
	if (source.support_email !== undefined) account.support_email = source.support_email === null ? null : String(source.support_email);
	if (source.status === 'active' || source.status === 'suspended') account.status = source.status;
	const limits = asRecord(source.limits);
	if (limits) account.limits = limits;
	const custom = asRecord(source.custom_attributes);
	if (custom) account.custom_attributes = { ...(account.custom_attributes ?? {}), ...custom };
}

function applyUser(source: Record<string, unknown>, user: Partial<User>): void {
	if (source.name !== undefined) user.name = String(source.name);
	if (source.display_name !== undefined) user.display_name = source.display_name === null ? null : String(source.display_name);
	if (source.email !== undefined) {
		user.email = String(source.email).toLowerCase();
		user.uid = user.email;
	}
	const custom = asRecord(source.custom_attributes);
	if (custom) user.custom_attributes = { ...(user.custom_attributes ?? {}), ...custom };
}

function applyBot(source: Record<string, unknown>, bot: Partial<AgentBot>): void {
	if (source.name !== undefined) bot.name = String(source.name);
	if (source.description !== undefined) bot.description = source.description === null ? null : String(source.description);
	if (source.outgoing_url !== undefined) bot.outgoing_url = source.outgoing_url === null ? null : String(source.outgoing_url);
	if (source.avatar_url !== undefined) bot.thumbnail = String(source.avatar_url);
	if (source.account_id !== undefined) bot.account_id = source.account_id === null ? null : Number(source.account_id);
}

export function platformRoutes(): RouteDef[] {
	return [
		// GET /platform/api/v1/accounts [C-code: Platform AccountsController#index]: the accounts the app
		// created or was granted, a bare array [I].
		{
			method: 'GET',
			path: `${P}/accounts`,
			name: 'platform.accounts.index',
			source: 'code',
			access: platform,
			handle: (ctx) => ok(ctx.state.accounts.filter((a) => ctx.app!.permissibles.has(`Account:${a.id}`)).map(platformAccountView)),
		},
		{
			method: 'POST',
			path: `${P}/accounts`,
			name: 'platform.accounts.create',
			access: platform,
			handle: (ctx) => {
				const draft: Partial<Account> = {};
				applyAccount(ctx.p, draft);
				if (!draft.name) throw recordInvalid([{ attribute: 'name', message: "can't be blank" }]);
				const account = ctx.state.createAccount({ ...draft, name: draft.name });
				ctx.app!.permissibles.add(`Account:${account.id}`);
				return ok(platformAccountView(account));
			},
		},
		{ method: 'GET', path: `${P}/accounts/{account_id}`, name: 'platform.accounts.show', access: platform, handle: (ctx) => ok(platformAccountView(findAccount(ctx))) },
		{
			method: 'PATCH',
			path: `${P}/accounts/{account_id}`,
			name: 'platform.accounts.update',
			access: platform,
			handle: (ctx) => {
				const account = findAccount(ctx);
				applyAccount(ctx.p, account);
				return ok(platformAccountView(account));
			},
		},
		{
			method: 'DELETE',
			path: `${P}/accounts/{account_id}`,
			name: 'platform.accounts.destroy',
			access: platform,
			handle: (ctx) => {
				const account = findAccount(ctx);
				const state = ctx.state;
				state.accounts = state.accounts.filter((a) => a !== account);
				state.accountUsers = state.accountUsers.filter((au) => au.account_id !== account.id);
				return headOk();
			},
		},
		{
			method: 'GET',
			path: `${P}/accounts/{account_id}/account_users`,
			name: 'platform.account_users.index',
			access: platform,
			handle: (ctx) => {
				const account = findAccount(ctx);
				return ok(ctx.state.accountUsers.filter((au) => au.account_id === account.id).map((au) => ({ account_id: au.account_id, user_id: au.user_id, role: au.role })));
			},
		},
		{
			method: 'POST',
			path: `${P}/accounts/{account_id}/account_users`,
			name: 'platform.account_users.create',
			access: platform,
			handle: (ctx) => {
				const account = findAccount(ctx);
				const userId = Number(ctx.require('user_id'));
				const user = ctx.state.user(userId);
				if (!user) throw notFound();
				const role = String(ctx.require('role'));
				if (role !== 'agent' && role !== 'administrator') throw new HttpError(422, { error: `'${role}' is not a valid role` });
				const membership = ctx.state.addUserToAccount(account.id, user.id, role as Role);
				return ok({ account_id: membership.account_id, user_id: membership.user_id, role: membership.role });
			},
		},
		{
			method: 'DELETE',
			path: `${P}/accounts/{account_id}/account_users`,
			name: 'platform.account_users.destroy',
			access: platform,
			handle: (ctx) => {
				const account = findAccount(ctx);
				const userId = ctx.int('user_id');
				if (userId === undefined) throw paramMissing('user_id');
				const membership = ctx.state.accountUser(account.id, userId);
				if (!membership) throw notFound();
				ctx.state.accountUsers = ctx.state.accountUsers.filter((au) => au !== membership);
				return headOk();
			},
		},
		{
			method: 'GET',
			path: `${P}/agent_bots`,
			name: 'platform.agent_bots.index',
			access: platform,
			handle: (ctx) => ok(ctx.state.agentBots.filter((b) => ctx.app!.permissibles.has(`AgentBot:${b.id}`)).map((b) => agentBotView(b))),
		},
		{
			method: 'POST',
			path: `${P}/agent_bots`,
			name: 'platform.agent_bots.create',
			access: platform,
			handle: (ctx) => {
				const draft: Partial<AgentBot> = {};
				applyBot(ctx.p, draft);
				if (!draft.name) throw recordInvalid([{ attribute: 'name', message: "can't be blank" }]);
				const bot = ctx.state.createAgentBot({ ...draft, name: draft.name });
				ctx.app!.permissibles.add(`AgentBot:${bot.id}`);
				return ok(agentBotView(bot));
			},
		},
		{ method: 'GET', path: `${P}/agent_bots/{id}`, name: 'platform.agent_bots.show', access: platform, handle: (ctx) => ok(agentBotView(findBot(ctx))) },
		{
			method: 'PATCH',
			path: `${P}/agent_bots/{id}`,
			name: 'platform.agent_bots.update',
			access: platform,
			handle: (ctx) => {
				const bot = findBot(ctx);
				applyBot(ctx.p, bot);
				return ok(agentBotView(bot));
			},
		},
		{
			method: 'DELETE',
			path: `${P}/agent_bots/{id}`,
			name: 'platform.agent_bots.destroy',
			access: platform,
			handle: (ctx) => {
				const bot = findBot(ctx);
				ctx.state.agentBots = ctx.state.agentBots.filter((b) => b !== bot);
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${P}/users`,
			name: 'platform.users.create',
			access: platform,
			handle: (ctx) => {
				const email = ctx.str('email');
				// [I] like upstream: an existing user with that email is reused (and granted to the app).
				let user = email ? ctx.state.users.find((u) => u.email === email.toLowerCase()) : undefined;
				if (!user) {
					const draft: Partial<User> = {};
					applyUser(ctx.p, draft);
					const errors = [];
					if (!draft.name) errors.push({ attribute: 'name', message: "can't be blank" });
					if (!draft.email) errors.push({ attribute: 'email', message: "can't be blank" });
					if (errors.length) throw recordInvalid(errors);
					user = ctx.state.createUser({ ...draft, name: draft.name!, email: draft.email! });
				}
				ctx.app!.permissibles.add(`User:${user.id}`);
				return ok(userView(ctx.state, user));
			},
		},
		{ method: 'GET', path: `${P}/users/{id}`, name: 'platform.users.show', access: platform, handle: (ctx) => ok(userView(ctx.state, findUser(ctx))) },
		{
			method: 'PATCH',
			path: `${P}/users/{id}`,
			name: 'platform.users.update',
			access: platform,
			handle: (ctx) => {
				const user = findUser(ctx);
				applyUser(ctx.p, user);
				return ok(userView(ctx.state, user));
			},
		},
		{
			method: 'DELETE',
			path: `${P}/users/{id}`,
			name: 'platform.users.destroy',
			access: platform,
			handle: (ctx) => {
				const user = findUser(ctx);
				const state = ctx.state;
				state.users = state.users.filter((u) => u !== user);
				state.accountUsers = state.accountUsers.filter((au) => au.user_id !== user.id);
				return headOk();
			},
		},
		// POST /platform/api/v1/users/{id}/token [C-code: Platform UsersController#token]: the user's
		// access token, `{access_token}` [I].
		{
			method: 'POST',
			path: `${P}/users/{id}/token`,
			name: 'platform.users.token',
			source: 'code',
			access: platform,
			handle: (ctx) => ok({ access_token: findUser(ctx).access_token }),
		},
		{
			method: 'GET',
			path: `${P}/users/{id}/login`,
			name: 'platform.users.login',
			access: platform,
			handle: (ctx) => {
				const user = findUser(ctx);
				const token = ctx.state.token(32);
				return ok({ url: `${ctx.state.baseUrl}/app/login?email=${encodeURIComponent(user.email)}&sso_auth_token=${token}` });
			},
		},
	];
}
