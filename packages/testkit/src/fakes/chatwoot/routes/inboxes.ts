/**
 * Inboxes and inbox members. `GET /inboxes` → `{payload:[inbox]}` (agents only see the inboxes
 * they are members of); `GET /inbox_members/{inbox_id}` → `{payload:[agent]}` (§4). Not paginated (§6).
 *
 * Code-confirmed routes (upstream `config/routes.rb`, not in the spec; each declares its inputs):
 *
 * | Route (relative to /api/v1/accounts/{account_id}) | Response (upstream views, [I] where noted) |
 * |---|---|
 * | GET  /assignable_agents?inbox_ids[]=          | `{payload:[agent]}`: members of every inbox given, plus the administrators |
 * | GET  /inboxes/{id}/assignable_agents          | `{payload:[agent]}` (same rule, one inbox) |
 * | DELETE /inboxes/{id}                          | 200 `{message}` (the real server deletes in a job) [I: message text] |
 */
import { ok, headOk, queryParam, type Ctx, type RouteDef } from '../dsl';
import { HttpError, paramMissing } from '../errors';
import type { ChannelType, Inbox } from '../types';
import { agentBotView, agentView, campaignView, inboxView } from '../views';
import { asIdList, asRecord, findInbox, visibleInboxIds } from './helpers';

const A = '/api/v1/accounts/{account_id}';

const CHANNELS: Record<string, ChannelType> = {
	api: 'Channel::Api',
	web_widget: 'Channel::WebWidget',
	email: 'Channel::Email',
	sms: 'Channel::Sms',
	whatsapp: 'Channel::Whatsapp',
	telegram: 'Channel::Telegram',
};

const INBOX_SETTINGS = [
	'greeting_enabled',
	'greeting_message',
	'enable_email_collect',
	'csat_survey_enabled',
	'enable_auto_assignment',
	'working_hours_enabled',
	'out_of_office_message',
	'timezone',
	'allow_messages_after_resolved',
	'lock_to_single_conversation',
	'sender_name_type',
	'business_name',
	'portal_id',
] as const;

function applySettings(ctx: Ctx, inbox: Partial<Inbox>): void {
	const target = inbox as Record<string, unknown>;
	for (const key of INBOX_SETTINGS) {
		if (ctx.p[key] === undefined) continue;
		const value = ctx.p[key];
		if (typeof target[key] === 'boolean' || key.endsWith('_enabled') || key.startsWith('enable_') || key.startsWith('allow_') || key === 'lock_to_single_conversation') {
			target[key] = ctx.bool(key);
		} else if (key === 'portal_id') target[key] = ctx.int(key) ?? null;
		else target[key] = value === null ? null : String(value);
	}
}

function membersOf(ctx: Ctx, inbox: Inbox) {
	return inbox.member_ids
		.map((id) => {
			const user = ctx.state.user(id);
			const membership = ctx.state.accountUser(ctx.acct.id, id);
			return user && membership ? agentView(user, membership) : undefined;
		})
		.filter(Boolean);
}

function memberUserIds(ctx: Ctx): number[] {
	const ids = asIdList(ctx.require('user_ids'));
	for (const id of ids) {
		if (!ctx.state.accountUser(ctx.acct.id, id)) throw new HttpError(404, { error: 'Resource could not be found' });
	}
	return ids;
}

/** `Inbox#assignable_agents`: the inbox members plus every administrator of the account (for every inbox given). */
function assignableAgents(ctx: Ctx, inboxIds: number[]) {
	const agents = ctx.state.agentsOf(ctx.acct.id);
	const admins = agents.filter((a) => a.membership.role === 'administrator').map((a) => a.user.id);
	const sets = inboxIds.map((id) => new Set([...findInbox(ctx, id).member_ids, ...admins]));
	return agents.filter((a) => sets.every((s) => s.has(a.user.id))).map(({ user, membership }) => agentView(user, membership));
}

export function inboxRoutes(): RouteDef[] {
	const account = { kind: 'account' as const };
	const admin = { kind: 'account' as const, admin: true };
	return [
		{
			method: 'GET',
			path: `${A}/inboxes`,
			name: 'inboxes.index',
			access: account,
			handle: (ctx) => {
				const visible = visibleInboxIds(ctx);
				const inboxes = ctx.state.inboxes.filter((i) => i.account_id === ctx.acct.id && (!visible || visible.has(i.id)));
				return ok({ payload: inboxes.map(inboxView) });
			},
		},
		{
			method: 'POST',
			path: `${A}/inboxes`,
			name: 'inboxes.create',
			access: admin,
			handle: (ctx) => {
				const channel = asRecord(ctx.p.channel);
				if (!channel) throw paramMissing('channel');
				const channelType = CHANNELS[String(channel.type ?? '')];
				// [I] message text.
				if (!channelType) throw new HttpError(422, { error: 'Invalid channel type' });
				const name = ctx.str('name');
				if (!name) throw new HttpError(422, { message: "Name can't be blank", attributes: ['name'] });
				const settings: Partial<Inbox> = {};
				applySettings(ctx, settings);
				const inbox = ctx.state.createInbox(ctx.acct.id, {
					...settings,
					name,
					channel_type: channelType,
					webhook_url: typeof channel.webhook_url === 'string' ? channel.webhook_url : null,
					website_url: typeof channel.website_url === 'string' ? channel.website_url : undefined,
					widget_color: typeof channel.widget_color === 'string' ? channel.widget_color : undefined,
					email: typeof channel.email === 'string' ? channel.email : null,
					phone_number: typeof channel.phone_number === 'string' ? channel.phone_number : null,
				});
				ctx.state.emit({ event: 'inbox_created', accountId: ctx.acct.id, inboxId: inbox.id });
				return ok(inboxView(inbox));
			},
		},
		{
			method: 'GET',
			path: `${A}/inboxes/{id}`,
			name: 'inboxes.show',
			access: account,
			handle: (ctx) => ok(inboxView(findInbox(ctx, ctx.params.id))),
		},
		{
			method: 'PATCH',
			path: `${A}/inboxes/{id}`,
			name: 'inboxes.update',
			access: admin,
			handle: (ctx) => {
				const inbox = findInbox(ctx, ctx.params.id);
				const before = JSON.stringify(inbox);
				const name = ctx.str('name');
				if (name) inbox.name = name;
				applySettings(ctx, inbox);
				const channel = asRecord(ctx.p.channel);
				if (channel && inbox.channel_type === 'Channel::Api' && 'webhook_url' in channel) {
					inbox.webhook_url = channel.webhook_url === null ? null : String(channel.webhook_url);
				}
				if (channel && inbox.channel_type === 'Channel::WebWidget') {
					if (typeof channel.website_url === 'string') inbox.website_url = channel.website_url;
					if (typeof channel.widget_color === 'string') inbox.widget_color = channel.widget_color;
				}
				if (JSON.stringify(inbox) !== before) ctx.state.emit({ event: 'inbox_updated', accountId: ctx.acct.id, inboxId: inbox.id });
				return ok(inboxView(inbox));
			},
		},
		{
			method: 'GET',
			path: `${A}/inboxes/{id}/agent_bot`,
			name: 'inboxes.agent_bot',
			access: account,
			handle: (ctx) => {
				const inbox = findInbox(ctx, ctx.params.id);
				const bot = inbox.agent_bot_id === null ? undefined : ctx.state.agentBots.find((b) => b.id === inbox.agent_bot_id);
				// [I] no bot → 204 with no body; otherwise the agent bot (the spec documents the agent_bot schema).
				return bot ? ok(agentBotView(bot, false)) : { status: 204 };
			},
		},
		{
			method: 'POST',
			path: `${A}/inboxes/{id}/set_agent_bot`,
			name: 'inboxes.set_agent_bot',
			access: admin,
			handle: (ctx) => {
				const inbox = findInbox(ctx, ctx.params.id);
				if (!('agent_bot' in ctx.p)) throw paramMissing('agent_bot');
				const id = ctx.int('agent_bot');
				if (id === undefined) inbox.agent_bot_id = null;
				else {
					const bot = ctx.state.agentBots.find((b) => b.id === id && (b.account_id === ctx.acct.id || b.account_id === null));
					if (!bot) throw new HttpError(404, { error: 'Resource could not be found' });
					inbox.agent_bot_id = bot.id;
				}
				return { status: 204 };
			},
		},
		{
			method: 'GET',
			path: `${A}/inboxes/{id}/assignable_agents`,
			name: 'inboxes.assignable_agents',
			source: 'code',
			access: account,
			handle: (ctx) => ok({ payload: assignableAgents(ctx, [findInbox(ctx, ctx.params.id).id]) }),
		},
		// GET /inboxes/{id}/campaigns [C-code: InboxesController#campaigns]: the inbox's campaigns, a bare array [I].
		{
			method: 'GET',
			path: `${A}/inboxes/{id}/campaigns`,
			name: 'inboxes.campaigns',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const inbox = findInbox(ctx, ctx.params.id);
				return ok(ctx.state.campaigns.filter((c) => c.inbox_id === inbox.id).map((c) => campaignView(ctx.state, c)));
			},
		},
		// POST /inboxes/{id}/sync_templates [C-code: InboxesController#sync_templates]: WhatsApp inboxes
		// only (422 otherwise); queues the sync of the message templates [I: the messages].
		{
			method: 'POST',
			path: `${A}/inboxes/{id}/sync_templates`,
			name: 'inboxes.sync_templates',
			source: 'code',
			access: { kind: 'account', admin: true },
			handle: (ctx) => {
				const inbox = findInbox(ctx, ctx.params.id);
				if (inbox.channel_type !== 'Channel::Whatsapp') throw new HttpError(422, { error: 'Template sync is only available for WhatsApp channels' });
				return ok({ message: 'Template sync initiated successfully' });
			},
		},
		// GET /inboxes/{id}/health [C-code: InboxesController#health]: WhatsApp Cloud inboxes only (400 with
		// Chatwoot's message otherwise); the fields Meta's phone-number API answers [I: values made up].
		{
			method: 'GET',
			path: `${A}/inboxes/{id}/health`,
			name: 'inboxes.health',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const inbox = findInbox(ctx, ctx.params.id);
				if (inbox.channel_type !== 'Channel::Whatsapp') throw new HttpError(400, { error: 'Health data only available for WhatsApp Cloud API channels' });
				return ok({
					display_phone_number: inbox.phone_number,
					verified_name: inbox.name,
					name_status: 'APPROVED',
					quality_rating: 'GREEN',
					messaging_limit_tier: 'TIER_1K',
					account_mode: 'LIVE',
					code_verification_status: 'VERIFIED',
					platform_type: 'CLOUD_API',
					throughput: { level: 'STANDARD' },
				});
			},
		},
		{
			method: 'DELETE',
			path: `${A}/inboxes/{id}`,
			name: 'inboxes.destroy',
			source: 'code',
			access: admin,
			handle: (ctx) => {
				const inbox = findInbox(ctx, ctx.params.id);
				ctx.state.inboxes = ctx.state.inboxes.filter((i) => i !== inbox);
				return ok({ message: 'Your inbox deletion request will be processed in some time.' });
			},
		},
		{
			method: 'GET',
			path: `${A}/assignable_agents`,
			name: 'assignable_agents.index',
			source: 'code',
			spec: { params: [queryParam('inbox_ids', { type: 'array', items: { type: 'integer' } }, true)] },
			access: account,
			handle: (ctx) => ok({ payload: assignableAgents(ctx, asIdList(ctx.require('inbox_ids'))) }),
		},
		{
			method: 'GET',
			path: `${A}/inbox_members/{inbox_id}`,
			name: 'inbox_members.show',
			access: account,
			handle: (ctx) => ok({ payload: membersOf(ctx, findInbox(ctx, ctx.params.inbox_id)) }),
		},
		{
			method: 'POST',
			path: `${A}/inbox_members`,
			name: 'inbox_members.create',
			access: admin,
			handle: (ctx) => {
				const inbox = findInbox(ctx, ctx.require('inbox_id'));
				for (const id of memberUserIds(ctx)) if (!inbox.member_ids.includes(id)) inbox.member_ids.push(id);
				return ok({ payload: membersOf(ctx, inbox) });
			},
		},
		{
			method: 'PATCH',
			path: `${A}/inbox_members`,
			name: 'inbox_members.update',
			access: admin,
			handle: (ctx) => {
				const inbox = findInbox(ctx, ctx.require('inbox_id'));
				inbox.member_ids = [...new Set(memberUserIds(ctx))];
				return ok({ payload: membersOf(ctx, inbox) });
			},
		},
		{
			method: 'DELETE',
			path: `${A}/inbox_members`,
			name: 'inbox_members.destroy',
			access: admin,
			handle: (ctx) => {
				const inbox = findInbox(ctx, ctx.require('inbox_id'));
				const remove = new Set(memberUserIds(ctx));
				inbox.member_ids = inbox.member_ids.filter((id) => !remove.has(id));
				return headOk();
			},
		},
	];
}
