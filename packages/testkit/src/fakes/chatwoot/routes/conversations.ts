/**
 * Conversations (`/api/v1/accounts/{account_id}/conversations…`).
 *
 * List (`ConversationFinder`, §5/§6): filters `status` (default `open`, `all` = any), `inbox_id`,
 * `team_id`, `labels[]` (any of), `q`, `conversation_type`, `source_id`, `updated_within`
 * (turns paging off); then the four counts are computed; then `assignee_type` (`me`,
 * `unassigned`, `assigned`, default `all`) is applied; sorted by `sort_by`
 * (default `last_activity_at_desc`); 25 per page.
 * Envelope: `{data:{meta:{mine_count,assigned_count,unassigned_count,all_count},payload}}`.
 */
import { ok, headOk, jsonBody, objectSchema, pageParam, queryParam, specParam, type Ctx, type RouteDef } from '../dsl';
import { HttpError, notFound, recordInvalid } from '../errors';
import type { FakeResponse } from '../../../fake-server';
import { applyFilter, parseConditions } from '../filters';
import type { Conversation, ConversationStatus, Priority } from '../types';
import { agentBotSlimView, agentView, attachmentView, conversationView, reportingEventView } from '../views';
import { asIdList, asRecord, asStringList, findConversation, findInbox, findContact, paginate, parseTime, visibleInboxIds } from './helpers';

const A = '/api/v1/accounts/{account_id}';
const STATUSES: ConversationStatus[] = ['open', 'resolved', 'pending', 'snoozed'];
const PRIORITY_RANK: Record<string, number> = { urgent: 4, high: 3, medium: 2, low: 1 };

interface Counts {
	mine_count: number;
	assigned_count: number;
	unassigned_count: number;
	all_count: number;
}

function sortConversations(list: Conversation[], sortBy: string | undefined): Conversation[] {
	const by = (key: (c: Conversation) => number | null, dir: 1 | -1) => (a: Conversation, b: Conversation) => {
		const va = key(a);
		const vb = key(b);
		if (va === vb) return b.id - a.id;
		if (va === null) return 1;
		if (vb === null) return -1;
		return (va - vb) * dir;
	};
	const comparators: Record<string, (a: Conversation, b: Conversation) => number> = {
		latest: by((c) => c.last_activity_at, -1),
		last_activity_at_desc: by((c) => c.last_activity_at, -1),
		last_activity_at_asc: by((c) => c.last_activity_at, 1),
		sort_on_created_at: by((c) => c.created_at, 1),
		created_at_asc: by((c) => c.created_at, 1),
		created_at_desc: by((c) => c.created_at, -1),
		sort_on_priority: by((c) => (c.priority ? PRIORITY_RANK[c.priority] : null), -1),
		priority_desc: by((c) => (c.priority ? PRIORITY_RANK[c.priority] : null), -1),
		priority_asc: by((c) => (c.priority ? PRIORITY_RANK[c.priority] : null), 1),
		sort_on_waiting_since: by((c) => c.waiting_since, 1),
		waiting_since_asc: by((c) => c.waiting_since, 1),
		waiting_since_desc: by((c) => c.waiting_since, -1),
	};
	return [...list].sort(comparators[sortBy ?? ''] ?? comparators.last_activity_at_desc);
}

function countsOf(ctx: Ctx, list: Conversation[]): Counts {
	const me = ctx.user?.id;
	return {
		mine_count: list.filter((c) => me !== undefined && c.assignee_id === me).length,
		assigned_count: list.filter((c) => c.assignee_id !== null).length,
		unassigned_count: list.filter((c) => c.assignee_id === null).length,
		all_count: list.length,
	};
}

function applyAssigneeType(ctx: Ctx, list: Conversation[], assigneeType: string | undefined): Conversation[] {
	switch (assigneeType) {
		case 'me':
			return list.filter((c) => ctx.user !== undefined && c.assignee_id === ctx.user.id);
		case 'unassigned':
			return list.filter((c) => c.assignee_id === null);
		case 'assigned':
			return list.filter((c) => c.assignee_id !== null);
		default:
			return list;
	}
}

function matchesQuery(ctx: Ctx, c: Conversation, q: string): boolean {
	const needle = q.toLowerCase();
	if (String(c.display_id) === q) return true;
	const contact = ctx.state.contacts.find((x) => x.id === c.contact_id);
	if (contact && [contact.name, contact.email, contact.phone_number, contact.identifier].some((v) => (v ?? '').toLowerCase().includes(needle))) return true;
	return ctx.state.messages.some((m) => m.conversation_id === c.id && (m.content ?? '').toLowerCase().includes(needle));
}

/** Every filter except `assignee_type` (the counts are taken at that point, like ConversationFinder). */
function baseFiltered(ctx: Ctx): Conversation[] {
	const visible = visibleInboxIds(ctx);
	let list = ctx.state.conversationsOf(ctx.acct.id).filter((c) => !visible || visible.has(c.inbox_id));
	const status = ctx.str('status') ?? 'open';
	if (status !== 'all') list = list.filter((c) => c.status === status);
	const inboxId = ctx.int('inbox_id');
	if (inboxId !== undefined) list = list.filter((c) => c.inbox_id === inboxId);
	const teamId = ctx.int('team_id');
	if (teamId !== undefined) list = list.filter((c) => c.team_id === teamId);
	const labels = asStringList(ctx.p.labels);
	if (labels.length) list = list.filter((c) => c.labels.some((l) => labels.includes(l)));
	const q = ctx.str('q');
	if (q) list = list.filter((c) => matchesQuery(ctx, c, q));
	const sourceId = ctx.str('source_id');
	if (sourceId) list = list.filter((c) => ctx.state.contactInboxes.find((ci) => ci.id === c.contact_inbox_id)?.source_id === sourceId);
	switch (ctx.str('conversation_type')) {
		case 'mention':
			list = []; // mentions are not modelled by the fake
			break;
		case 'participating':
			list = list.filter((c) => ctx.user !== undefined && c.assignee_id === ctx.user.id);
			break;
		case 'unattended':
			list = list.filter((c) => c.first_reply_created_at === null || c.waiting_since !== null);
			break;
	}
	const within = ctx.int('updated_within');
	if (within !== undefined) list = list.filter((c) => c.updated_at >= ctx.state.now() - within);
	return list;
}

/** Attribute lookup for `POST /conversations/filter`. */
function conversationAttribute(ctx: Ctx) {
	const customKeys = new Set(
		ctx.state.customAttributeDefinitions.filter((d) => d.account_id === ctx.acct.id && d.attribute_model === 0).map((d) => d.attribute_key),
	);
	return (c: Conversation, key: string) => {
		switch (key) {
			case 'status':
			case 'assignee_id':
			case 'inbox_id':
			case 'team_id':
			case 'priority':
			case 'display_id':
			case 'created_at':
			case 'last_activity_at':
			case 'contact_id':
				return { known: true, value: c[key] };
			case 'id':
				return { known: true, value: c.display_id };
			case 'labels':
				return { known: true, value: c.labels };
			case 'browser_language':
			case 'referer':
			case 'conversation_language':
			case 'country_code':
				return { known: true, value: c.additional_attributes[key] ?? null };
			default:
				if (customKeys.has(key) || key in c.custom_attributes) return { known: true, value: c.custom_attributes[key] ?? null };
				return { known: false, value: undefined };
		}
	};
}

/** `GET /conversations` (also serves the search). */
function listConversations(ctx: Ctx) {
	const filtered = baseFiltered(ctx);
	const meta = countsOf(ctx, filtered);
	const sorted = sortConversations(applyAssigneeType(ctx, filtered, ctx.str('assignee_type')), ctx.str('sort_by'));
	const rows = ctx.p.updated_within !== undefined ? sorted : paginate(sorted, ctx.page(), ctx.runtime.conversationsPerPage);
	return ok({ data: { meta, payload: rows.map((c) => conversationView(ctx.state, c)) } });
}

function participantIds(ctx: Ctx, conversation: Conversation): number[] {
	let list = ctx.state.participants.get(conversation.id);
	if (!list) {
		list = [];
		ctx.state.participants.set(conversation.id, list);
	}
	return list;
}

function agentsView(ctx: Ctx, userIds: number[]) {
	return userIds.map((id) => agentView(ctx.state.user(id)!, ctx.state.accountUser(ctx.acct.id, id)!));
}

/** `user_ids` of the participants routes: each must be an agent of the account [I]. */
function participantUserIds(ctx: Ctx): number[] {
	const ids = asIdList(ctx.require('user_ids'));
	for (const id of ids) {
		if (!ctx.state.accountUser(ctx.acct.id, id)) throw recordInvalid([{ attribute: 'user', message: 'must exist' }]);
	}
	return ids;
}

function statusPayload(conversation: Conversation, success: boolean) {
	return ok({
		meta: {},
		payload: { success, conversation_id: conversation.display_id, current_status: conversation.status, snoozed_until: conversation.snoozed_until },
	});
}

export function conversationRoutes(): RouteDef[] {
	const account = { kind: 'account' as const };
	const botToo = { kind: 'account' as const, bot: true };
	const admin = { kind: 'account' as const, admin: true };
	return [
		{
			method: 'GET',
			path: `${A}/conversations`,
			name: 'conversations.index',
			access: account,
			handle: listConversations,
		},
		{
			method: 'GET',
			path: `${A}/conversations/meta`,
			name: 'conversations.meta',
			access: account,
			handle: (ctx) => ok({ meta: countsOf(ctx, baseFiltered(ctx)) }),
		},
		{
			method: 'POST',
			path: `${A}/conversations/filter`,
			name: 'conversations.filter',
			access: account,
			handle: (ctx) => {
				const conditions = parseConditions(ctx.body.payload);
				const visible = visibleInboxIds(ctx);
				const scope = ctx.state.conversationsOf(ctx.acct.id).filter((c) => !visible || visible.has(c.inbox_id));
				const matches = sortConversations(applyFilter(scope, conditions, conversationAttribute(ctx), ctx.state.now()), undefined);
				const counts = countsOf(ctx, matches);
				const rows = paginate(matches, ctx.page(), ctx.runtime.conversationsPerPage);
				// No assigned_count here (§4).
				return ok({
					meta: { mine_count: counts.mine_count, unassigned_count: counts.unassigned_count, all_count: counts.all_count },
					payload: rows.map((c) => conversationView(ctx.state, c)),
				});
			},
		},
		{
			method: 'POST',
			path: `${A}/conversations`,
			name: 'conversations.create',
			access: botToo,
			handle: (ctx) => {
				const state = ctx.state;
				let inboxId: number;
				let contactId: number;
				const sourceId = ctx.str('source_id');
				if (ctx.p.inbox_id !== undefined && ctx.p.contact_id !== undefined && ctx.p.inbox_id !== '' && ctx.p.contact_id !== '') {
					inboxId = findInbox(ctx, ctx.p.inbox_id).id;
					contactId = findContact(ctx, ctx.p.contact_id).id;
				} else {
					// Legacy lookup by source_id only.
					const contactInbox = sourceId ? state.contactInboxes.find((ci) => ci.source_id === sourceId) : undefined;
					const inbox = contactInbox ? state.inbox(ctx.acct.id, contactInbox.inbox_id) : undefined;
					if (!contactInbox || !inbox) throw notFound();
					inboxId = inbox.id;
					contactId = contactInbox.contact_id;
				}
				const status = ctx.str('status') as ConversationStatus | undefined;
				if (status !== undefined && !STATUSES.includes(status)) throw new HttpError(422, { error: `'${status}' is not a valid status` });
				const assigneeId = ctx.int('assignee_id');
				const teamId = ctx.int('team_id');
				const conversation = state.createConversation(ctx.acct.id, {
					inbox_id: inboxId,
					contact_id: contactId,
					source_id: sourceId,
					status,
					assignee_id: assigneeId !== undefined && state.accountUser(ctx.acct.id, assigneeId) ? assigneeId : null,
					team_id: teamId !== undefined && state.team(ctx.acct.id, teamId) ? teamId : null,
					additional_attributes: asRecord(ctx.p.additional_attributes),
					custom_attributes: asRecord(ctx.p.custom_attributes),
					snoozed_until: parseTime(ctx.p.snoozed_until),
				});
				const message = asRecord(ctx.p.message);
				if (message && (message.content !== undefined || message.template_params !== undefined)) {
					state.createMessage(conversation, {
						content: message.content === undefined ? null : String(message.content),
						message_type: 'outgoing',
						content_attributes: message.template_params ? { template_params: message.template_params } : {},
						sender: ctx.bot ? { type: 'AgentBot', id: ctx.bot.id } : ctx.user ? { type: 'User', id: ctx.user.id } : null,
					});
				}
				return ok(conversationView(state, conversation));
			},
		},
		{
			method: 'GET',
			path: `${A}/conversations/{conversation_id}`,
			name: 'conversations.show',
			access: botToo,
			handle: (ctx) => ok(conversationView(ctx.state, findConversation(ctx))),
		},
		{
			method: 'PATCH',
			path: `${A}/conversations/{conversation_id}`,
			name: 'conversations.update',
			access: botToo,
			handle: (ctx) => {
				const conversation = findConversation(ctx);
				// Only `priority` is permitted (§5).
				if ('priority' in ctx.body) ctx.state.updateConversation(conversation, { priority: normalizePriority(ctx.body.priority) });
				return ok(conversationView(ctx.state, conversation));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/conversations/{conversation_id}`,
			name: 'conversations.destroy',
			// §5 [C-code]
			source: 'code',
			access: admin,
			handle: (ctx) => {
				ctx.state.deleteConversation(findConversation(ctx));
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${A}/conversations/{conversation_id}/toggle_status`,
			name: 'conversations.toggle_status',
			access: botToo,
			handle: (ctx) => {
				const conversation = findConversation(ctx);
				const status = ctx.str('status');
				if (ctx.bot && conversation.status === 'pending' && status === 'open') {
					ctx.state.updateConversation(conversation, { status: 'open' }); // bot handoff
				} else if (status) {
					if (!STATUSES.includes(status as ConversationStatus)) throw new HttpError(422, { error: `'${status}' is not a valid status` });
					const changes: Partial<Conversation> = { status: status as ConversationStatus };
					changes.snoozed_until = status === 'snoozed' ? parseTime(ctx.p.snoozed_until) : null;
					ctx.state.updateConversation(conversation, changes);
				} else {
					ctx.state.updateConversation(conversation, { status: conversation.status === 'open' ? 'resolved' : 'open', snoozed_until: null });
				}
				// handle_human_open: an agent (not an administrator) who opens it becomes the assignee.
				if (conversation.status === 'open' && ctx.user && ctx.role === 'agent') {
					ctx.state.updateConversation(conversation, { assignee_id: ctx.user.id, assignee_agent_bot_id: null });
				}
				return statusPayload(conversation, true);
			},
		},
		{
			method: 'POST',
			path: `${A}/conversations/{conversation_id}/toggle_priority`,
			name: 'conversations.toggle_priority',
			access: botToo,
			handle: (ctx) => {
				const conversation = findConversation(ctx);
				ctx.state.updateConversation(conversation, { priority: normalizePriority(ctx.p.priority) });
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${A}/conversations/{conversation_id}/toggle_typing_status`,
			name: 'conversations.toggle_typing_status',
			access: botToo,
			handle: (ctx) => {
				const conversation = findConversation(ctx);
				const on = ctx.str('typing_status') === 'on';
				ctx.state.emit({
					event: on ? 'conversation_typing_on' : 'conversation_typing_off',
					accountId: ctx.acct.id,
					conversationId: conversation.id,
				});
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${A}/conversations/{conversation_id}/custom_attributes`,
			name: 'conversations.custom_attributes',
			access: botToo,
			handle: (ctx) => {
				const conversation = findConversation(ctx);
				const attributes = asRecord(ctx.p.custom_attributes) ?? {};
				// Replaces the whole hash (§5).
				ctx.state.updateConversation(conversation, { custom_attributes: { ...attributes } });
				return ok(conversationView(ctx.state, conversation));
			},
		},
		{
			method: 'POST',
			path: `${A}/conversations/{conversation_id}/assignments`,
			name: 'conversations.assignments.create',
			access: botToo,
			handle: (ctx) => {
				const state = ctx.state;
				const conversation = findConversation(ctx);
				if ('assignee_id' in ctx.p) {
					const id = ctx.int('assignee_id');
					if (ctx.str('assignee_type') === 'AgentBot') {
						const bot = state.agentBots.find((b) => b.id === id && (b.account_id === ctx.acct.id || b.account_id === null));
						state.updateConversation(conversation, { assignee_agent_bot_id: bot?.id ?? null, assignee_id: null });
						return ok(bot ? agentBotSlimView(bot) : null);
					}
					const membership = id !== undefined ? state.accountUser(ctx.acct.id, id) : undefined;
					const user = membership ? state.user(membership.user_id) : undefined;
					state.updateConversation(conversation, { assignee_id: user?.id ?? null, assignee_agent_bot_id: null });
					return ok(user && membership ? agentView(user, membership) : null);
				}
				if ('team_id' in ctx.p) {
					const team = state.team(ctx.acct.id, String(ctx.p.team_id ?? ''));
					state.updateConversation(conversation, { team_id: team?.id ?? null });
					return ok(
						team
							? { id: team.id, name: team.name, description: team.description, allow_auto_assign: team.allow_auto_assign, account_id: team.account_id }
							: null,
					);
				}
				return ok(null);
			},
		},
		{
			method: 'GET',
			path: `${A}/conversations/{conversation_id}/labels`,
			name: 'conversations.labels.index',
			access: botToo,
			handle: (ctx) => ok({ payload: findConversation(ctx).labels }),
		},
		{
			method: 'POST',
			path: `${A}/conversations/{conversation_id}/labels`,
			name: 'conversations.labels.create',
			access: botToo,
			handle: (ctx) => {
				const conversation = findConversation(ctx);
				// Replaces the set (§4 / §10 #10).
				ctx.state.updateConversation(conversation, { labels: [...new Set(asStringList(ctx.p.labels))] });
				return ok({ payload: conversation.labels });
			},
		},
		{
			method: 'GET',
			path: `${A}/conversations/{conversation_id}/reporting_events`,
			name: 'conversations.reporting_events',
			access: account,
			handle: (ctx) => {
				const conversation = findConversation(ctx);
				const events = ctx.state.reportingEvents.filter((e) => e.conversation_id === conversation.id);
				return ok(events.map(reportingEventView));
			},
		},
		{
			method: 'GET',
			path: `${A}/conversations/{conversation_id}/attachments`,
			name: 'conversations.attachments',
			// §6 (100 per page) [C-code]
			source: 'code',
			spec: { params: [specParam('page')] },
			access: account,
			handle: (ctx) => {
				const conversation = findConversation(ctx);
				const attachments = ctx.state
					.messagesOf(conversation)
					.flatMap((m) => m.attachments.map((a) => ({ a, created: m.created_at })))
					.sort((x, y) => y.created - x.created || y.a.id - x.a.id)
					.map((x) => x.a);
				const rows = paginate(attachments, ctx.page(), 100);
				// [I] meta.total_count (the controller counts them as @attachments_count).
				return ok({ meta: { total_count: attachments.length }, payload: rows.map((a) => attachmentView(ctx.state, a)) });
			},
		},
		...conversationActionRoutes(),
	];
}

/**
 * Code-confirmed conversation routes: in Chatwoot's `config/routes.rb` (account-scoped) but not in
 * the spec, so each declares its inputs (`spec`).
 *
 * | Route | Response | Evidence |
 * |---|---|---|
 * | GET /conversations/search?q=&page= | `{data:{meta, payload}}` like the index, 25 per page, every status (`filter_by_status unless params[:q]`) | [I] view shape, status rule from `ConversationFinder` |
 * | POST /conversations/{id}/mute, /unmute | `head :ok`; mute resolves the conversation and sets `muted` | `Conversation#mute!` [C-code] |
 * | POST /conversations/{id}/transcript `{email}` | `head :ok`; 422 `{error:"email param missing"}` without email | [C-code] |
 * | POST /conversations/{id}/unread, /update_last_seen | 204 (no view) [I]; moves `agent_last_seen_at` (before the last incoming message / now) | [C-code] |
 * | GET/POST/PATCH/DELETE /conversations/{id}/participants `{user_ids:[]}` | bare arrays of agents (POST: the ones given; PATCH: every participant); DELETE `head :ok` | `participants_controller` [C-code]; user check [I] |
 * | POST /bulk_actions `{type:'Conversation', ids, fields:{status,assignee_id,team_id}, labels:{add,remove}, snoozed_until?}` | `head :ok`; applied at once (a job upstream) | [C-code] |
 */
function conversationActionRoutes(): RouteDef[] {
	const account = { kind: 'account' as const };
	const C = `${A}/conversations/{conversation_id}`;
	/** A participants route that changes the conversation's participant list in place. */
	const participants = (method: 'POST' | 'PATCH' | 'DELETE', name: string, change: (ctx: Ctx, list: number[]) => FakeResponse): RouteDef => ({
		method,
		path: `${C}/participants`,
		name,
		source: 'code',
		spec: { body: jsonBody(objectSchema({ user_ids: { type: 'array', items: { type: 'integer' } } }, ['user_ids'])) },
		access: account,
		handle: (ctx) => change(ctx, participantIds(ctx, findConversation(ctx))),
	});
	return [
		{
			method: 'GET',
			path: `${A}/conversations/search`,
			name: 'conversations.search',
			source: 'code',
			spec: { params: [queryParam('q', { type: 'string' }), pageParam] },
			access: account,
			handle: (ctx) => {
				// ConversationFinder: `filter_by_status unless params[:q]` — a search covers every status.
				if (ctx.str('q')) ctx.p.status = 'all';
				return listConversations(ctx);
			},
		},
		{
			method: 'POST',
			path: `${C}/mute`,
			name: 'conversations.mute',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const conversation = findConversation(ctx);
				ctx.state.updateConversation(conversation, { status: 'resolved', muted: true });
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${C}/unmute`,
			name: 'conversations.unmute',
			source: 'code',
			access: account,
			handle: (ctx) => {
				ctx.state.updateConversation(findConversation(ctx), { muted: false });
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${C}/transcript`,
			name: 'conversations.transcript',
			source: 'code',
			spec: { body: jsonBody(objectSchema({ email: { type: 'string' } }, ['email'])) },
			access: account,
			handle: (ctx) => {
				const conversation = findConversation(ctx);
				const email = ctx.str('email');
				if (!email) throw new HttpError(422, { error: 'email param missing' });
				ctx.state.transcripts.push({ conversationId: conversation.id, email });
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${C}/unread`,
			name: 'conversations.unread',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const conversation = findConversation(ctx);
				const lastIncoming = ctx.state.messagesOf(conversation).filter((m) => m.message_type === 0).at(-1);
				const seen = lastIncoming ? lastIncoming.created_at - 1 : null;
				conversation.agent_last_seen_at = seen;
				if (conversation.assignee_id !== null) conversation.assignee_last_seen_at = seen;
				return { status: 204 };
			},
		},
		{
			method: 'POST',
			path: `${C}/update_last_seen`,
			name: 'conversations.update_last_seen',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const conversation = findConversation(ctx);
				const now = ctx.state.now();
				conversation.agent_last_seen_at = now;
				if (ctx.user && conversation.assignee_id === ctx.user.id) conversation.assignee_last_seen_at = now;
				return { status: 204 };
			},
		},
		{
			method: 'GET',
			path: `${C}/participants`,
			name: 'conversations.participants.show',
			source: 'code',
			access: account,
			handle: (ctx) => ok(agentsView(ctx, participantIds(ctx, findConversation(ctx)))),
		},
		participants('POST', 'conversations.participants.create', (ctx, list) => {
			const ids = participantUserIds(ctx);
			for (const id of ids) if (!list.includes(id)) list.push(id);
			return ok(agentsView(ctx, ids));
		}),
		participants('PATCH', 'conversations.participants.update', (ctx, list) => {
			const ids = participantUserIds(ctx);
			const kept = list.filter((id) => ids.includes(id));
			const added = ids.filter((id) => !kept.includes(id));
			list.splice(0, list.length, ...kept, ...added);
			return ok(agentsView(ctx, list));
		}),
		participants('DELETE', 'conversations.participants.destroy', (ctx, list) => {
			const ids = asIdList(ctx.require('user_ids'));
			list.splice(0, list.length, ...list.filter((id) => !ids.includes(id)));
			return headOk();
		}),
		{
			method: 'POST',
			path: `${A}/bulk_actions`,
			name: 'bulk_actions.create',
			source: 'code',
			spec: {
				body: jsonBody(
					objectSchema(
						{
							type: { type: 'string', enum: ['Conversation'] },
							ids: { type: 'array', items: { type: ['integer', 'string'] } },
							fields: {
								type: 'object',
								additionalProperties: false,
								properties: { status: { type: 'string', enum: STATUSES }, assignee_id: { type: ['integer', 'null'] }, team_id: { type: ['integer', 'null'] } },
							},
							labels: {
								type: 'object',
								additionalProperties: false,
								properties: { add: { type: 'array', items: { type: 'string' } }, remove: { type: 'array', items: { type: 'string' } } },
							},
							snoozed_until: { type: ['string', 'integer'] },
						},
						['type', 'ids'],
					),
				),
			},
			access: account,
			handle: (ctx) => {
				if (ctx.str('type') !== 'Conversation') throw new HttpError(422, { error: 'Invalid type' });
				ctx.state.bulkActions.push({ ...ctx.body });
				const state = ctx.state;
				const fields = asRecord(ctx.p.fields) ?? {};
				const labels = asRecord(ctx.p.labels) ?? {};
				const add = asStringList(labels.add);
				const remove = asStringList(labels.remove);
				for (const displayId of asIdList(ctx.p.ids)) {
					const c = state.conversationByDisplayId(ctx.acct.id, displayId);
					if (!c) continue;
					const changes: Partial<Conversation> = {};
					const status = fields.status as ConversationStatus | undefined;
					if (status && STATUSES.includes(status)) {
						changes.status = status;
						changes.snoozed_until = status === 'snoozed' ? parseTime(ctx.p.snoozed_until) : null;
					}
					if ('assignee_id' in fields) changes.assignee_id = state.accountUser(ctx.acct.id, Number(fields.assignee_id)) ? Number(fields.assignee_id) : null;
					if ('team_id' in fields) changes.team_id = state.team(ctx.acct.id, String(fields.team_id ?? '')) ? Number(fields.team_id) : null;
					if (add.length || remove.length) changes.labels = [...new Set([...c.labels, ...add])].filter((l) => !remove.includes(l));
					state.updateConversation(c, changes);
				}
				return headOk();
			},
		},
	];
}

/** `priority` param: one of the enum values; `none`, blank or null clears it. */
function normalizePriority(value: unknown): Priority | null {
	if (value === undefined || value === null || value === '' || value === 'none') return null;
	const text = String(value);
	if (!(text in PRIORITY_RANK)) throw new HttpError(422, { error: `'${text}' is not a valid priority` });
	return text as Priority;
}

