/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Conversation-side routes the fake does not serve yet, installed on a started fake by
 * `installConvoExtras(fake)` (written by the "convo" engineer; the fake's own files are untouched).
 *
 * Every route is in Chatwoot's `config/routes.rb` (account-scoped, under /api/v1/accounts/{account_id})
 * but not in the OpenAPI spec, so each one is also declared to the fake's spec validator (as an
 * extra operation with its parameters and body); the validator keeps checking every request.
 * A route the fake already has is left alone, so this file can stay when the fake grows them.
 *
 * | Route | Response | Evidence |
 * |---|---|---|
 * | POST /contacts/{id}/destroy_custom_attributes `{custom_attributes:[keys]}` | `{payload: contact}` | routes.rb; `contacts_controller#destroy_custom_attributes` (`custom_attributes.excluding(keys)`) [C-code]; envelope [I] like show |
 * | GET /conversations/search?q=&page= | `{data:{meta, payload}}` like the index, 25 per page, every status (`filter_by_status unless params[:q]`) | [I] view shape, status rule from `ConversationFinder` |
 * | POST /conversations/{id}/mute, /unmute | `head :ok`; mute resolves the conversation and sets `muted` | `Conversation#mute!` [C-code] |
 * | POST /conversations/{id}/transcript `{email}` | `head :ok`; 422 `{error:"email param missing"}` without email | [C-code] |
 * | POST /conversations/{id}/unread, /update_last_seen | 204 (no view) [I]; moves `agent_last_seen_at` (before the last incoming message / now) | [C-code] |
 * | GET/POST/PATCH/DELETE /conversations/{id}/participants `{user_ids:[]}` | bare arrays of agents (POST: the ones given; PATCH: every participant); DELETE `head :ok` | `participants_controller` [C-code]; user check [I] |
 * | POST /conversations/{id}/messages/{message_id}/translate `{target_language}` | `{content}` (the fake "translates" to `[<lang>] <content>`) | [C-code] shape, [I] text |
 * | POST /conversations/{id}/messages/{message_id}/retry | 204 [I]; status back to `sent`, content_attributes cleared | [C-code] |
 * | GET /search?q=, GET /search/{contacts,conversations,messages,articles}?q=&page= | `{payload:{<type>:[…]}}`, 15 per page | `SearchService` (`.page(params[:page]).per(15)`) [C-code]; item fields [I] |
 * | GET /notifications?page=&sort_order= | `{data:{meta:{unread_count,count,current_page}, payload}}`, 15 per page | `notifications/index.json.jbuilder` [C-code] |
 * | PATCH /notifications/{id} (read), POST …/{id}/unread, POST …/{id}/snooze `{snoozed_until}` | `render json: @notification` (the record's columns) | [C-code] |
 * | DELETE /notifications/{id}; POST /notifications/read_all `{primary_actor_type?, primary_actor_id?}`; POST /notifications/destroy_all `{type: all|read}` | `head :ok` | [C-code]; destroy_all runs in a job upstream, here at once |
 * | GET /notifications/unread_count | the bare integer | `render json: @unread_count` [C-code] |
 * | GET /csat_survey_responses?page=&since=&until=&inbox_id=&team_id=&user_ids[]=&rating[]= | bare array, 25 per page | [C-code] filters; item fields [I] |
 * | GET /csat_survey_responses/metrics (same filters) | `{total_count, ratings_count:{rating: n}, total_sent_messages_count}` | [C-code] |
 * | POST /bulk_actions `{type:'Conversation', ids, fields:{status,assignee_id,team_id}, labels:{add,remove}, snoozed_until?}` | `head :ok`; applied at once (a job upstream) | [C-code] |
 *
 * Spec tolerance: on `POST /conversations/{id}/messages` as multipart, `content_attributes` may be JSON
 * text: `Messages::MessageBuilder#content_attributes` parses a String with `JSON.parse` [C-code], and
 * Chatwoot's own dashboard sends it that way with attachments.
 *
 * Seed (on install): 20 notifications for the token user of account 1 (some read), and 30 CSAT
 * responses on the first conversations (ratings 1–5 in turn).
 */
import type { Route } from '../../fake-server';
import { compileRoutes, headOk, ok, type Ctx, type RouteDef, type Runtime } from './dsl';
import { HttpError, notFound, paramMissing, recordInvalid } from './errors';
import type { ChatwootFake } from './index';
import { asIdList, asRecord, asStringList, findContact, findConversation, paginate, parseTime, visibleInboxIds } from './routes/helpers';
import { conversationRoutes } from './routes/conversations';
import type { SpecOperation } from './spec-validator';
import type { ChatwootState } from './store';
import type { Conversation, ConversationStatus } from './types';
import { agentView, articleView, contactPushData, contactView, conversationView, iso, messageView } from './views';

const A = '/api/v1/accounts/{account_id}';
export const SEARCH_PER_PAGE = 15;
export const NOTIFICATIONS_PER_PAGE = 15;
export const CSAT_PER_PAGE = 25;

// ------------------------------------------------------------------------------------ records

export interface FakeNotification {
	id: number;
	account_id: number;
	user_id: number;
	notification_type: string;
	primary_actor_type: 'Conversation';
	/** Database id of the conversation (not its display id). */
	primary_actor_id: number;
	secondary_actor_type: 'Message' | null;
	secondary_actor_id: number | null;
	read_at: number | null;
	snoozed_until: number | null;
	meta: Record<string, unknown>;
	created_at: number;
	updated_at: number;
	last_activity_at: number;
}

export interface FakeCsatResponse {
	id: number;
	account_id: number;
	/** Database id of the conversation. */
	conversation_id: number;
	message_id: number | null;
	contact_id: number;
	assigned_agent_id: number | null;
	rating: number;
	feedback_message: string | null;
	created_at: number;
}

export interface ConvoExtrasState {
	/** Conversation database id → participating user ids. */
	participants: Map<number, number[]>;
	notifications: FakeNotification[];
	csat: FakeCsatResponse[];
	/** Every transcript sent (the real server mails it). */
	transcripts: Array<{ conversationId: number; email: string }>;
	/** Every bulk action received, in order. */
	bulkActions: Array<Record<string, unknown>>;
}

const extrasByState = new WeakMap<object, ConvoExtrasState>();

/** The extra tables of a fake (created and seeded on first use). */
export function convoExtras(fake: Pick<ChatwootFake, 'state' | 'accountId'>): ConvoExtrasState {
	let extras = extrasByState.get(fake.state);
	if (!extras) {
		extras = { participants: new Map(), notifications: [], csat: [], transcripts: [], bulkActions: [] };
		extrasByState.set(fake.state, extras);
		seed(fake.state, fake.accountId, extras);
	}
	return extras;
}

const NOTIFICATION_TYPES = [
	'conversation_creation',
	'conversation_assignment',
	'assigned_conversation_new_message',
	'conversation_mention',
	'participating_conversation_new_message',
];
const FEEDBACK = ['Very slow answer', 'Not solved', 'OK', 'Helpful, thanks', 'Great support!'];

function seed(state: ChatwootState, accountId: number, extras: ConvoExtrasState): void {
	if (!accountId) return;
	const admin = state.accountUsers.find((au) => au.account_id === accountId && au.role === 'administrator');
	const conversations = state.conversationsOf(accountId).sort((a, b) => a.display_id - b.display_id);
	if (admin) {
		conversations.slice(0, 20).forEach((c, k) => {
			const last = state.messagesOf(c).at(-1);
			const at = c.last_activity_at + k;
			extras.notifications.push({
				id: state.nextId('notifications'),
				account_id: accountId,
				user_id: admin.user_id,
				notification_type: NOTIFICATION_TYPES[k % NOTIFICATION_TYPES.length],
				primary_actor_type: 'Conversation',
				primary_actor_id: c.id,
				secondary_actor_type: last ? 'Message' : null,
				secondary_actor_id: last?.id ?? null,
				read_at: k % 3 === 0 ? at + 60 : null,
				snoozed_until: null,
				meta: {},
				created_at: at,
				updated_at: at,
				last_activity_at: at,
			});
		});
	}
	conversations.slice(0, 30).forEach((c, k) => {
		const survey = state.messagesOf(c).at(-1);
		extras.csat.push({
			id: state.nextId('csat_survey_responses'),
			account_id: accountId,
			conversation_id: c.id,
			message_id: survey?.id ?? null,
			contact_id: c.contact_id,
			assigned_agent_id: c.assignee_id,
			rating: (k % 5) + 1,
			feedback_message: FEEDBACK[k % 5],
			created_at: c.last_activity_at + 120,
		});
	});
}

// ------------------------------------------------------------------------------------ views

function userPushData(state: ChatwootState, userId: number, accountId: number) {
	const user = state.user(userId);
	if (!user) return null;
	const membership = state.accountUser(accountId, userId);
	return {
		id: user.id,
		name: user.name,
		available_name: user.display_name || user.name,
		avatar_url: user.avatar_url,
		type: 'user',
		availability_status: membership?.availability ?? 'offline',
		thumbnail: user.avatar_url,
	};
}

/** One item of `GET /notifications` (`notifications/index.json.jbuilder`). */
export function notificationListView(state: ChatwootState, n: FakeNotification) {
	const conversation = state.conversations.find((c) => c.id === n.primary_actor_id);
	const message = n.secondary_actor_id === null ? undefined : state.messages.find((m) => m.id === n.secondary_actor_id);
	return {
		id: n.id,
		notification_type: n.notification_type,
		push_message_title: conversation ? `Conversation #${conversation.display_id}` : '',
		push_message_body: message?.content ?? '',
		primary_actor_type: n.primary_actor_type,
		primary_actor_id: n.primary_actor_id,
		primary_actor: conversation ? conversationView(state, conversation) : null,
		read_at: n.read_at,
		secondary_actor: message ? messageView(state, message) : null,
		user: userPushData(state, n.user_id, n.account_id),
		created_at: n.created_at,
		last_activity_at: n.last_activity_at,
		snoozed_until: n.snoozed_until,
		meta: n.meta,
		account_id: n.account_id,
	};
}

/** `render json: @notification`: the record's columns, times as ISO strings. */
export function notificationRecordView(n: FakeNotification) {
	return {
		id: n.id,
		user_id: n.user_id,
		notification_type: n.notification_type,
		primary_actor_type: n.primary_actor_type,
		primary_actor_id: n.primary_actor_id,
		secondary_actor_type: n.secondary_actor_type,
		secondary_actor_id: n.secondary_actor_id,
		read_at: iso(n.read_at),
		created_at: iso(n.created_at),
		updated_at: iso(n.updated_at),
		account_id: n.account_id,
		snoozed_until: iso(n.snoozed_until),
		last_activity_at: iso(n.last_activity_at),
		meta: n.meta,
	};
}

/** One CSAT survey response (`api/v1/models/_csat_survey_response`) [I: fields]. */
export function csatView(state: ChatwootState, r: FakeCsatResponse) {
	const contact = state.contacts.find((c) => c.id === r.contact_id);
	const conversation = state.conversations.find((c) => c.id === r.conversation_id);
	return {
		id: r.id,
		rating: r.rating,
		feedback_message: r.feedback_message,
		account_id: r.account_id,
		message_id: r.message_id,
		contact: contact ? contactPushData(contact) : null,
		conversation_id: conversation?.display_id ?? null,
		assigned_agent: r.assigned_agent_id === null ? null : userPushData(state, r.assigned_agent_id, r.account_id),
		created_at: r.created_at,
	};
}

/** Search result items (`search/_<type>.json.jbuilder`) [I: the fields]. */
export function searchContactView(state: ChatwootState, contactId: number) {
	const c = state.contacts.find((x) => x.id === contactId)!;
	return {
		additional_attributes: c.additional_attributes,
		email: c.email,
		id: c.id,
		name: c.name,
		phone_number: c.phone_number,
		identifier: c.identifier,
		thumbnail: c.thumbnail,
		availability_status: c.availability_status,
		last_activity_at: c.last_activity_at,
		created_at: c.created_at,
	};
}

export function searchConversationView(state: ChatwootState, c: Conversation) {
	const contact = state.contacts.find((x) => x.id === c.contact_id);
	const inbox = state.inboxes.find((i) => i.id === c.inbox_id);
	const last = state.messagesOf(c).at(-1);
	const agent = c.assignee_id === null ? undefined : state.user(c.assignee_id);
	return {
		id: c.display_id,
		account_id: c.account_id,
		created_at: c.created_at,
		message: last ? messageView(state, last) : null,
		contact: contact ? { id: contact.id, name: contact.name, email: contact.email, phone_number: contact.phone_number, identifier: contact.identifier } : null,
		inbox: inbox ? { id: inbox.id, name: inbox.name, channel_type: inbox.channel_type } : null,
		agent: agent ? { id: agent.id, name: agent.name, email: agent.email } : null,
	};
}

// ------------------------------------------------------------------------------------ handlers

function findMessage(ctx: Ctx) {
	const conversation = findConversation(ctx);
	const message = ctx.state.messagesOf(conversation).find((m) => String(m.id) === ctx.params.message_id);
	if (!message) throw notFound();
	return { conversation, message };
}

function participantIds(extras: ConvoExtrasState, conversation: Conversation): number[] {
	let list = extras.participants.get(conversation.id);
	if (!list) {
		list = [];
		extras.participants.set(conversation.id, list);
	}
	return list;
}

function agentsView(ctx: Ctx, userIds: number[]) {
	return userIds.map((id) => agentView(ctx.state.user(id)!, ctx.state.accountUser(ctx.acct.id, id)!));
}

/** `user_ids` of the participants routes: each must be an agent of the account [I]. */
function memberIds(ctx: Ctx): number[] {
	const ids = asIdList(ctx.require('user_ids'));
	for (const id of ids) {
		if (!ctx.state.accountUser(ctx.acct.id, id)) throw recordInvalid([{ attribute: 'user', message: 'must exist' }]);
	}
	return ids;
}

function myNotifications(ctx: Ctx, extras: ConvoExtrasState) {
	const userId = ctx.user?.id;
	return extras.notifications.filter((n) => n.account_id === ctx.acct.id && n.user_id === userId);
}

function findNotification(ctx: Ctx, extras: ConvoExtrasState) {
	const n = myNotifications(ctx, extras).find((x) => String(x.id) === ctx.params.notification_id);
	if (!n) throw notFound();
	return n;
}

function csatFiltered(ctx: Ctx, extras: ConvoExtrasState) {
	let rows = extras.csat.filter((r) => r.account_id === ctx.acct.id);
	const since = parseTime(ctx.p.since);
	const until = parseTime(ctx.p.until);
	if (since !== null && until !== null) rows = rows.filter((r) => r.created_at >= since && r.created_at <= until);
	const conversationOf = (r: FakeCsatResponse) => ctx.state.conversations.find((c) => c.id === r.conversation_id);
	const inboxIds = asIdList(ctx.p.inbox_id);
	if (inboxIds.length) rows = rows.filter((r) => inboxIds.includes(conversationOf(r)?.inbox_id ?? -1));
	const teamIds = asIdList(ctx.p.team_id);
	if (teamIds.length) rows = rows.filter((r) => teamIds.includes(conversationOf(r)?.team_id ?? -1));
	const userIds = asIdList(ctx.p.user_ids);
	if (userIds.length) rows = rows.filter((r) => r.assigned_agent_id !== null && userIds.includes(r.assigned_agent_id));
	const ratings = asIdList(ctx.p.rating);
	if (ratings.length) rows = rows.filter((r) => ratings.includes(r.rating));
	return rows.sort((a, b) => b.created_at - a.created_at || b.id - a.id);
}

const STATUSES: ConversationStatus[] = ['open', 'resolved', 'pending', 'snoozed'];

function convoRouteDefs(fake: ChatwootFake, extras: ConvoExtrasState): RouteDef[] {
	const account = { kind: 'account' as const };
	const index = conversationRoutes().find((d) => d.name === 'conversations.index');
	const search = (type: 'contacts' | 'conversations' | 'messages' | 'articles', ctx: Ctx, page: number | undefined): unknown[] => {
		const q = (ctx.str('q') ?? '').toLowerCase();
		const has = (v: unknown) => String(v ?? '').toLowerCase().includes(q);
		const state = ctx.state;
		const visible = visibleInboxIds(ctx);
		let rows: unknown[];
		switch (type) {
			case 'contacts':
				rows = state
					.contactsOf(ctx.acct.id)
					.filter((c) => [c.name, c.email, c.phone_number, c.identifier].some(has))
					.sort((a, b) => (b.last_activity_at ?? 0) - (a.last_activity_at ?? 0) || b.id - a.id)
					.map((c) => searchContactView(state, c.id));
				break;
			case 'conversations':
				rows = state
					.conversationsOf(ctx.acct.id)
					.filter((c) => !visible || visible.has(c.inbox_id))
					.filter((c) => {
						const contact = state.contacts.find((x) => x.id === c.contact_id);
						return has(c.display_id) || [contact?.name, contact?.email, contact?.phone_number, contact?.identifier].some(has);
					})
					.sort((a, b) => b.created_at - a.created_at || b.id - a.id)
					.map((c) => searchConversationView(state, c));
				break;
			case 'messages':
				rows = state.messages
					.filter((m) => m.account_id === ctx.acct.id && m.message_type !== 2 && (!visible || visible.has(m.inbox_id)) && has(m.content))
					.sort((a, b) => b.created_at - a.created_at || b.id - a.id)
					.map((m) => messageView(state, m));
				break;
			case 'articles':
				rows = state.articles
					.filter((a) => a.account_id === ctx.acct.id && (has(a.title) || has(a.content)))
					.sort((a, b) => b.updated_at - a.updated_at || b.id - a.id)
					.map((a) => articleView(a));
				break;
		}
		return page === undefined ? paginate(rows, 1, SEARCH_PER_PAGE) : paginate(rows, page, SEARCH_PER_PAGE);
	};

	const defs: RouteDef[] = [
		{
			method: 'POST',
			path: `${A}/contacts/{id}/destroy_custom_attributes`,
			name: 'contacts.destroy_custom_attributes',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const contact = findContact(ctx);
				const keys = asStringList(ctx.require('custom_attributes'));
				const kept = Object.fromEntries(Object.entries(contact.custom_attributes).filter(([k]) => !keys.includes(k)));
				contact.custom_attributes = kept;
				contact.updated_at = ctx.state.now();
				return ok({ payload: contactView(ctx.state, contact, { withContactInboxes: true }) });
			},
		},
		{
			method: 'GET',
			path: `${A}/conversations/search`,
			name: 'conversations.search',
			source: 'code',
			access: account,
			handle: async (ctx) => {
				if (!index) throw notFound();
				// ConversationFinder: `filter_by_status unless params[:q]` — a search covers every status.
				if (ctx.str('q')) (ctx.p as Record<string, unknown>).status = 'all';
				return index.handle(ctx);
			},
		},
		{
			method: 'POST',
			path: `${A}/conversations/{conversation_id}/mute`,
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
			path: `${A}/conversations/{conversation_id}/unmute`,
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
			path: `${A}/conversations/{conversation_id}/transcript`,
			name: 'conversations.transcript',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const conversation = findConversation(ctx);
				const email = ctx.str('email');
				if (!email) throw new HttpError(422, { error: 'email param missing' });
				extras.transcripts.push({ conversationId: conversation.id, email });
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${A}/conversations/{conversation_id}/unread`,
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
			path: `${A}/conversations/{conversation_id}/update_last_seen`,
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
			path: `${A}/conversations/{conversation_id}/participants`,
			name: 'conversations.participants.show',
			source: 'code',
			access: account,
			handle: (ctx) => ok(agentsView(ctx, participantIds(extras, findConversation(ctx)))),
		},
		{
			method: 'POST',
			path: `${A}/conversations/{conversation_id}/participants`,
			name: 'conversations.participants.create',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const list = participantIds(extras, findConversation(ctx));
				const ids = memberIds(ctx);
				for (const id of ids) if (!list.includes(id)) list.push(id);
				return ok(agentsView(ctx, ids));
			},
		},
		{
			method: 'PATCH',
			path: `${A}/conversations/{conversation_id}/participants`,
			name: 'conversations.participants.update',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const list = participantIds(extras, findConversation(ctx));
				const ids = memberIds(ctx);
				const kept = list.filter((id) => ids.includes(id));
				const added = ids.filter((id) => !kept.includes(id));
				list.splice(0, list.length, ...kept, ...added);
				return ok(agentsView(ctx, list));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/conversations/{conversation_id}/participants`,
			name: 'conversations.participants.destroy',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const list = participantIds(extras, findConversation(ctx));
				const ids = asIdList(ctx.require('user_ids'));
				list.splice(0, list.length, ...list.filter((id) => !ids.includes(id)));
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${A}/conversations/{conversation_id}/messages/{message_id}/translate`,
			name: 'messages.translate',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const { message } = findMessage(ctx);
				const language = ctx.str('target_language');
				if (!language) throw paramMissing('target_language');
				const content = `[${language}] ${message.content ?? ''}`;
				message.additional_attributes = { ...message.additional_attributes, translations: { ...(asRecord(message.additional_attributes.translations) ?? {}), [language]: content } };
				return ok({ content });
			},
		},
		{
			method: 'POST',
			path: `${A}/conversations/{conversation_id}/messages/{message_id}/retry`,
			name: 'messages.retry',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const { message } = findMessage(ctx);
				message.status = 'sent';
				message.content_attributes = {};
				message.updated_at = ctx.state.now();
				return { status: 204 };
			},
		},
		{
			method: 'GET',
			path: `${A}/search`,
			name: 'search.index',
			source: 'code',
			access: account,
			handle: (ctx) =>
				ok({
					payload: {
						contacts: search('contacts', ctx, undefined),
						messages: search('messages', ctx, undefined),
						conversations: search('conversations', ctx, undefined),
						articles: search('articles', ctx, undefined),
					},
				}),
		},
		...(['contacts', 'conversations', 'messages', 'articles'] as const).map(
			(type): RouteDef => ({
				method: 'GET',
				path: `${A}/search/${type}`,
				name: `search.${type}`,
				source: 'code',
				access: account,
				handle: (ctx) => ok({ payload: { [type]: search(type, ctx, ctx.page()) } }),
			}),
		),
		{
			method: 'GET',
			path: `${A}/notifications`,
			name: 'notifications.index',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const mine = myNotifications(ctx, extras);
				const asc = ctx.str('sort_order') === 'asc';
				const sorted = [...mine].sort((a, b) => (asc ? a.last_activity_at - b.last_activity_at || a.id - b.id : b.last_activity_at - a.last_activity_at || b.id - a.id));
				const page = ctx.page();
				return ok({
					data: {
						meta: { unread_count: mine.filter((n) => n.read_at === null).length, count: mine.length, current_page: page },
						payload: paginate(sorted, page, NOTIFICATIONS_PER_PAGE).map((n) => notificationListView(ctx.state, n)),
					},
				});
			},
		},
		{
			method: 'GET',
			path: `${A}/notifications/unread_count`,
			name: 'notifications.unread_count',
			source: 'code',
			access: account,
			handle: (ctx) => ok(myNotifications(ctx, extras).filter((n) => n.read_at === null).length),
		},
		{
			method: 'POST',
			path: `${A}/notifications/read_all`,
			name: 'notifications.read_all',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const type = ctx.str('primary_actor_type');
				const id = ctx.int('primary_actor_id');
				const now = ctx.state.now();
				for (const n of myNotifications(ctx, extras)) {
					if (n.read_at !== null) continue;
					if (type && id !== undefined && (n.primary_actor_type !== type || n.primary_actor_id !== id)) continue;
					n.read_at = now;
					n.updated_at = now;
				}
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${A}/notifications/destroy_all`,
			name: 'notifications.destroy_all',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const onlyRead = ctx.str('type') !== 'all';
				const mine = new Set(myNotifications(ctx, extras).filter((n) => !onlyRead || n.read_at !== null));
				extras.notifications = extras.notifications.filter((n) => !mine.has(n));
				return headOk();
			},
		},
		{
			method: 'PATCH',
			path: `${A}/notifications/{notification_id}`,
			name: 'notifications.update',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const n = findNotification(ctx, extras);
				n.read_at = ctx.state.now();
				n.updated_at = n.read_at;
				return ok(notificationRecordView(n));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/notifications/{notification_id}`,
			name: 'notifications.destroy',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const n = findNotification(ctx, extras);
				extras.notifications = extras.notifications.filter((x) => x !== n);
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${A}/notifications/{notification_id}/unread`,
			name: 'notifications.unread',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const n = findNotification(ctx, extras);
				n.read_at = null;
				n.updated_at = ctx.state.now();
				return ok(notificationRecordView(n));
			},
		},
		{
			method: 'POST',
			path: `${A}/notifications/{notification_id}/snooze`,
			name: 'notifications.snooze',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const n = findNotification(ctx, extras);
				n.snoozed_until = parseTime(ctx.p.snoozed_until);
				n.updated_at = ctx.state.now();
				return ok(notificationRecordView(n));
			},
		},
		{
			method: 'GET',
			path: `${A}/csat_survey_responses`,
			name: 'csat_survey_responses.index',
			source: 'code',
			access: account,
			handle: (ctx) => ok(paginate(csatFiltered(ctx, extras), ctx.page(), CSAT_PER_PAGE).map((r) => csatView(ctx.state, r))),
		},
		{
			method: 'GET',
			path: `${A}/csat_survey_responses/metrics`,
			name: 'csat_survey_responses.metrics',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const rows = csatFiltered(ctx, extras);
				const ratings: Record<string, number> = {};
				for (const r of rows) ratings[String(r.rating)] = (ratings[String(r.rating)] ?? 0) + 1;
				// [I] surveys sent: one per response plus the conversations resolved without an answer.
				const answered = new Set(rows.map((r) => r.conversation_id));
				const unanswered = ctx.state.conversationsOf(ctx.acct.id).filter((c) => c.status === 'resolved' && !answered.has(c.id)).length;
				return ok({ total_count: rows.length, ratings_count: ratings, total_sent_messages_count: rows.length + unanswered });
			},
		},
		{
			method: 'POST',
			path: `${A}/bulk_actions`,
			name: 'bulk_actions.create',
			source: 'code',
			access: account,
			handle: (ctx) => {
				if (ctx.str('type') !== 'Conversation') throw new HttpError(422, { error: 'Invalid type' });
				extras.bulkActions.push({ ...ctx.body });
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
	const existing = new Set(fake.routes.map((r) => `${r.method} ${r.path}`));
	return defs.filter((d) => !existing.has(`${d.method} ${d.path}`));
}

// ------------------------------------------------------------------------------------ spec

const accountParam = { name: 'account_id', in: 'path' as const, required: true, schema: { type: 'integer' } };
const intPath = (name: string) => ({ name, in: 'path' as const, required: true, schema: { type: 'integer' } });
const query = (name: string, schema: Record<string, unknown>, required = false) => ({ name, in: 'query' as const, required, schema });
const json = (properties: Record<string, unknown>, required: string[] = []) => ({
	required: true,
	content: { 'application/json': { schema: { type: 'object', properties, ...(required.length ? { required } : {}) } } },
});
const page = query('page', { type: 'integer' });
const idList = { type: 'array', items: { type: 'integer' } };
const csatFilters = [
	page,
	query('since', { type: ['integer', 'string'] }),
	query('until', { type: ['integer', 'string'] }),
	query('inbox_id', { type: 'integer' }),
	query('team_id', { type: 'integer' }),
	query('user_ids', idList),
	query('rating', { type: 'array', items: { type: 'integer', enum: [1, 2, 3, 4, 5] } }),
];

interface ExtraOperation {
	method: SpecOperation['method'];
	path: string;
	params?: Array<{ name: string; in: 'path' | 'query'; required?: boolean; schema?: unknown }>;
	body?: unknown;
}

function extraOperations(): ExtraOperation[] {
	const C = `${A}/conversations/{conversation_id}`;
	const M = `${C}/messages/{message_id}`;
	const N = `${A}/notifications/{notification_id}`;
	const userIds = json({ user_ids: idList }, ['user_ids']);
	return [
		{ method: 'POST', path: `${A}/contacts/{id}/destroy_custom_attributes`, body: json({ custom_attributes: { type: 'array', items: { type: 'string' } } }, ['custom_attributes']) },
		{ method: 'GET', path: `${A}/conversations/search`, params: [query('q', { type: 'string' }), page] },
		{ method: 'POST', path: `${C}/mute` },
		{ method: 'POST', path: `${C}/unmute` },
		{ method: 'POST', path: `${C}/transcript`, body: json({ email: { type: 'string' } }, ['email']) },
		{ method: 'POST', path: `${C}/unread` },
		{ method: 'POST', path: `${C}/update_last_seen` },
		{ method: 'GET', path: `${C}/participants` },
		{ method: 'POST', path: `${C}/participants`, body: userIds },
		{ method: 'PATCH', path: `${C}/participants`, body: userIds },
		{ method: 'DELETE', path: `${C}/participants`, body: userIds },
		{ method: 'POST', path: `${M}/translate`, body: json({ target_language: { type: 'string' } }, ['target_language']) },
		{ method: 'POST', path: `${M}/retry` },
		{ method: 'GET', path: `${A}/search`, params: [query('q', { type: 'string' }, true)] },
		...['contacts', 'conversations', 'messages', 'articles'].map((type): ExtraOperation => ({ method: 'GET', path: `${A}/search/${type}`, params: [query('q', { type: 'string' }, true), page] })),
		{
			method: 'GET',
			path: `${A}/notifications`,
			params: [page, query('sort_order', { type: 'string', enum: ['asc', 'desc'] }), query('includes', { type: 'array', items: { type: 'string', enum: ['snoozed', 'read'] } })],
		},
		{ method: 'GET', path: `${A}/notifications/unread_count` },
		{
			method: 'POST',
			path: `${A}/notifications/read_all`,
			body: { required: false, content: { 'application/json': { schema: { type: 'object', properties: { primary_actor_type: { type: 'string', enum: ['Conversation', 'Message'] }, primary_actor_id: { type: 'integer' } } } } } },
		},
		{ method: 'POST', path: `${A}/notifications/destroy_all`, body: json({ type: { type: 'string', enum: ['all', 'read'] } }) },
		{ method: 'PATCH', path: N },
		{ method: 'DELETE', path: N },
		{ method: 'POST', path: `${N}/unread` },
		{ method: 'POST', path: `${N}/snooze`, body: json({ snoozed_until: { type: ['string', 'integer'] } }, ['snoozed_until']) },
		{ method: 'GET', path: `${A}/csat_survey_responses`, params: csatFilters },
		{ method: 'GET', path: `${A}/csat_survey_responses/metrics`, params: csatFilters.filter((p) => p !== page) },
		{
			method: 'POST',
			path: `${A}/bulk_actions`,
			body: json(
				{
					type: { type: 'string', enum: ['Conversation'] },
					ids: { type: 'array', items: { type: ['integer', 'string'] } },
					fields: {
						type: 'object',
						additionalProperties: false,
						properties: { status: { type: 'string', enum: ['open', 'resolved', 'pending', 'snoozed'] }, assignee_id: { type: ['integer', 'null'] }, team_id: { type: ['integer', 'null'] } },
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
		},
	];
}

const segmentsOf = (template: string) => template.split('/').filter((s, i, all) => !(s === '' && (i === 0 || i === all.length - 1)));

function toSpecOperation(op: ExtraOperation): SpecOperation {
	const declared = new Map<string, unknown>();
	for (const segment of segmentsOf(op.path)) {
		if (segment.startsWith('{')) {
			const name = segment.slice(1, -1);
			declared.set(`path:${name}`, name === 'account_id' ? accountParam : intPath(name));
		}
	}
	for (const p of op.params ?? []) declared.set(`${p.in}:${p.name}`, p);
	return {
		method: op.method,
		path: op.path,
		operationId: `convo-extra-${op.method.toLowerCase()}-${op.path.replace(/[^a-z0-9]+/gi, '-')}`,
		extra: true,
		segments: segmentsOf(op.path),
		params: [...declared.values()] as SpecOperation['params'],
		requestBody: op.body as SpecOperation['requestBody'],
	};
}

/** Multipart messages: `content_attributes` may be JSON text (the builder parses it). On a copy. */
function acceptJsonTextContentAttributes(op: SpecOperation, resolve: (node: unknown) => any): void {
	const body = op.requestBody;
	const media = body?.content?.['multipart/form-data'];
	const schema = media?.schema ? resolve(media.schema) : undefined;
	const current = schema?.properties?.content_attributes;
	if (!body || !media || !current || current.anyOf) return;
	const widened = { ...schema, properties: { ...schema.properties, content_attributes: { anyOf: [current, { type: 'string' }] } } };
	op.requestBody = { ...body, content: { ...body.content, 'multipart/form-data': { ...media, schema: widened } } };
}

// ------------------------------------------------------------------------------------ install

const installed = new WeakSet<object>();

/**
 * Serves the extra conversation-side routes on `fake` (ahead of the fake's own routes, so
 * `/conversations/search` is not read as a conversation number) and declares them to its spec
 * validator. Idempotent. Returns the extra tables (participants, notifications, CSAT…).
 */
export function installConvoExtras(fake: ChatwootFake, options: { strictSpec?: boolean } = {}): ConvoExtrasState {
	const extras = convoExtras(fake);
	if (installed.has(fake.server)) return extras;
	installed.add(fake.server);

	const validator = fake.validator;
	if (validator) {
		const known = new Set(validator.operations.map((o) => `${o.method} ${o.path}`));
		for (const op of extraOperations()) if (!known.has(`${op.method} ${op.path}`)) validator.operations.push(toSpecOperation(op));
		for (const op of validator.operations) {
			if (op.method === 'POST' && op.path === `${A}/conversations/{conversation_id}/messages`) acceptJsonTextContentAttributes(op, validator.resolve.bind(validator));
		}
	}

	const runtime: Runtime = { state: fake.state, validator, strictSpec: options.strictSpec ?? true, conversationsPerPage: 25 };
	const defs = convoRouteDefs(fake, extras);
	const routes = compileRoutes(defs, runtime);
	// First match wins in the framework: put these routes in front of the fake's own.
	const table = (fake.server as unknown as { routes: Array<{ route: Route<ChatwootState>; segments: string[]; label: string }> }).routes;
	for (const route of routes.reverse()) {
		fake.server.addRoute(route);
		table.unshift(table.pop()!);
	}
	for (const d of defs) (fake.routes as Array<{ method: string; path: string; name: string; source: 'spec' | 'code' }>).push({ method: d.method, path: d.path, name: d.name, source: 'code' });
	return extras;
}
