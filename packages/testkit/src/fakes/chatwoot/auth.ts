/**
 * Authentication and authorization, following `shared/api/chatwoot.md` §2:
 *
 * | Situation                                   | Status | Body                                                            |
 * |---------------------------------------------|--------|-----------------------------------------------------------------|
 * | no `api_access_token` header                | 401    | `{"errors":["You need to sign in or sign up before continuing."]}` |
 * | unknown token                               | 401    | `{"error":"Invalid Access Token"}`                              |
 * | agent-bot token outside BOT_ACCESSIBLE_ENDPOINTS | 401 | `{"error":"Access to this endpoint is not authorized for bots"}` |
 * | unknown account                             | 404    | `{"error":"Resource could not be found"}`                       |
 * | user not a member of the account            | 401    | `{"error":"You are not authorized to access this account"}`     |
 * | account suspended                           | 401    | `{"error":"Account is suspended"}`                              |
 * | `api_and_webhooks` feature off              | 403    | `{"error":"API access is not enabled for this account"}`        |
 * | role lacks permission (Pundit)              | 401    | `{"error":"You are not authorized to do this action"}`          |
 *
 * The token is read from `api_access_token` or `Api-Access-Token` (no Bearer, no query param).
 * Token errors come before account errors (before_action order: authenticate, then current_account).
 *
 * Platform routes (`/platform/api/v1`) need a platform-app token and can only reach objects the
 * app created or was granted ("Non permissible resource" [C-doc]); the exact 401 body for a
 * missing/foreign token there is [I]. Public client routes need no token, only a valid
 * `inbox_identifier` (404 otherwise).
 */
import type { Ctx, Access } from './dsl';
import { HttpError, MESSAGES, notFound, forbiddenByPolicy } from './errors';
import { accessTokenOf } from './rate-limit';

export function authenticate(ctx: Ctx, access: Access): void {
	switch (access.kind) {
		case 'account':
			return authenticateAccountRoute(ctx, access);
		case 'profile':
			return authenticateProfile(ctx);
		case 'platform':
			return authenticatePlatform(ctx);
		case 'public':
			return authenticatePublic(ctx);
		case 'survey':
			return;
	}
}

function resolveTokenOwner(ctx: Ctx) {
	const token = accessTokenOf(ctx.req);
	if (token === undefined) throw new HttpError(401, { errors: [MESSAGES.signIn] });
	const owner = ctx.state.findAccessTokenOwner(token);
	// A platform-app token is not a User/AgentBot token: the application API rejects it.
	if (!owner || owner.kind === 'platform') throw new HttpError(401, { error: MESSAGES.invalidToken });
	return owner;
}

function authenticateAccountRoute(ctx: Ctx, access: Access): void {
	const owner = resolveTokenOwner(ctx);
	if (owner.kind === 'bot' && !access.bot) throw new HttpError(401, { error: MESSAGES.botForbidden });

	const account = ctx.state.account(/^\d+$/.test(ctx.params.account_id ?? '') ? ctx.params.account_id : -1);
	if (!account) throw notFound();

	if (owner.kind === 'user') {
		const membership = ctx.state.accountUser(account.id, owner.user.id);
		if (!membership) throw new HttpError(401, { error: MESSAGES.notInAccount });
		ctx.user = owner.user;
		ctx.role = membership.role;
	} else {
		const bot = owner.bot;
		const connected = bot.account_id === account.id || ctx.state.inboxes.some((i) => i.account_id === account.id && i.agent_bot_id === bot.id);
		if (!connected) throw new HttpError(401, { error: MESSAGES.notInAccount });
		ctx.bot = bot;
	}
	if (account.status === 'suspended') throw new HttpError(401, { error: MESSAGES.suspended });
	if (account.features.api_and_webhooks === false) throw new HttpError(403, { error: 'API access is not enabled for this account' });
	ctx.account = account;
	if (access.admin && ctx.role !== 'administrator') throw forbiddenByPolicy();
}

function authenticateProfile(ctx: Ctx): void {
	const owner = resolveTokenOwner(ctx);
	if (owner.kind === 'bot') throw new HttpError(401, { error: MESSAGES.botForbidden });
	ctx.user = owner.user;
}

function authenticatePlatform(ctx: Ctx): void {
	const token = accessTokenOf(ctx.req);
	const owner = token === undefined ? undefined : ctx.state.findAccessTokenOwner(token);
	if (!owner || owner.kind !== 'platform') throw new HttpError(401, { error: MESSAGES.platformInvalidToken });
	ctx.app = owner.app;
}

function authenticatePublic(ctx: Ctx): void {
	const inbox = ctx.state.inboxByIdentifier(ctx.params.inbox_identifier ?? '');
	if (!inbox) throw notFound();
	ctx.inbox = inbox;
	ctx.account = ctx.state.account(inbox.account_id);
}

/** Platform apps reach only what they created or were granted. */
export function ensurePermissible(ctx: Ctx, type: 'Account' | 'User' | 'AgentBot', id: number): void {
	if (!ctx.app || !ctx.app.permissibles.has(`${type}:${id}`)) throw new HttpError(401, { error: MESSAGES.nonPermissible });
}
