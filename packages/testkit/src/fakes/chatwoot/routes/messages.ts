/**
 * Messages of a conversation.
 *
 * `GET …/messages` is a cursor over message ids (§6, upstream `app/finders/message_finder.rb`): the
 * ids bound the rows, `created_at` orders them, and every answer is oldest first.
 * - no params → the latest 20;
 * - `before=<id>` → the latest 20 with id < before;
 * - `after=<id>` → the oldest 100 with id > after;
 * - `after` + `before` → the oldest 1000 with after ≤ id < before (`after` is inclusive here only);
 * (Upstream's `before_timestamp` and `filter_internal_messages` are not in the spec, so the fake
 * refuses them as unknown parameters.)
 * A param counts when it is present (Rails' `present?`: not blank) and is read with Ruby's `to_i`.
 * Envelope `{meta:{labels, additional_attributes, contact, assignee?, agent_last_seen_at, assignee_last_seen_at}, payload}`.
 */
import { jsonBody, objectSchema, ok, type Ctx, type RouteDef } from '../dsl';
import { HttpError, paramMissing } from '../errors';
import { isUploadedFile, type UploadedFile } from '../forms';
import type { AttachmentInput, MessageInput } from '../store';
import { MESSAGE_TYPES, type Message, type MessageStatus, type MessageTypeName } from '../types';
import { agentView, contactPushData, iso, messageView } from '../views';
import { asRecord, findConversation, findMessage } from './helpers';

const A = '/api/v1/accounts/{account_id}';

/** Rails' `present?` of a query value: set and not blank. */
const present = (value: unknown): boolean => value !== undefined && value !== null && String(value).trim() !== '';
/** Ruby's `String#to_i`: the leading integer, else 0. */
const rubyToI = (value: unknown): number => {
	const match = /^\s*([+-]?\d+)/.exec(String(value).replace(/_/g, ''));
	return match ? Number(match[1]) : 0;
};

/** The message finder's answer, oldest first (see the header). */
export function findMessages(all: Message[], params: Record<string, unknown>): Message[] {
	const ascending = [...all].sort((a, b) => a.created_at - b.created_at || a.id - b.id);
	const latest = (rows: Message[], n: number) => rows.slice(Math.max(0, rows.length - n));
	const [hasAfter, hasBefore] = [present(params.after), present(params.before)];
	const [after, before] = [rubyToI(params.after), rubyToI(params.before)];
	if (hasAfter && hasBefore) return ascending.filter((m) => m.id >= after && m.id < before).slice(0, 1000);
	if (hasBefore) return latest(ascending.filter((m) => m.id < before), 20);
	if (hasAfter) return ascending.filter((m) => m.id > after).slice(0, 100);
	return latest(ascending, 20);
}

function listMessages(ctx: Ctx) {
	const state = ctx.state;
	const conversation = findConversation(ctx);
	const rows = findMessages(state.messagesOf(conversation), ctx.p);

	const contact = state.contacts.find((c) => c.id === conversation.contact_id);
	const meta: Record<string, unknown> = {
		labels: conversation.labels,
		additional_attributes: conversation.additional_attributes,
		contact: contact ? contactPushData(contact) : null,
	};
	if (conversation.assignee_id !== null) {
		const user = state.user(conversation.assignee_id);
		const membership = user ? state.accountUser(conversation.account_id, user.id) : undefined;
		if (user && membership) meta.assignee = agentView(user, membership);
	}
	meta.agent_last_seen_at = iso(conversation.agent_last_seen_at);
	meta.assignee_last_seen_at = iso(conversation.assignee_last_seen_at);
	return ok({ meta, payload: rows.map((m) => messageView(state, m)) });
}

function parseMaybeJson(value: unknown): Record<string, unknown> | undefined {
	if (typeof value === 'string') {
		try {
			return asRecord(JSON.parse(value));
		} catch {
			return undefined;
		}
	}
	return asRecord(value);
}

function uploadedFiles(value: unknown): UploadedFile[] {
	const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
	return list.filter(isUploadedFile);
}

export function messageRoutes(): RouteDef[] {
	const account = { kind: 'account' as const };
	const botToo = { kind: 'account' as const, bot: true };
	return [
		{ method: 'GET', path: `${A}/conversations/{conversation_id}/messages`, name: 'messages.index', access: account, handle: listMessages },
		{
			// The spec's "other" group lists this path without the /api/v1 prefix [C-spec]; served like the real list [I].
			method: 'GET',
			path: '/accounts/{account_id}/conversations/{conversation_id}/messages',
			name: 'messages.index_unprefixed',
			access: account,
			handle: listMessages,
		},
		{
			method: 'POST',
			path: `${A}/conversations/{conversation_id}/messages`,
			name: 'messages.create',
			access: botToo,
			handle: (ctx) => {
				const state = ctx.state;
				const conversation = findConversation(ctx);
				const inbox = state.inboxes.find((i) => i.id === conversation.inbox_id);
				const typeName = (ctx.str('message_type') ?? 'outgoing') as MessageTypeName;
				if (!(typeName in MESSAGE_TYPES)) throw new HttpError(422, { error: `'${typeName}' is not a valid message_type` });
				// [I] MessageBuilder: incoming messages only in API inboxes (rescued as render_could_not_create_error).
				if (typeName === 'incoming' && inbox?.channel_type !== 'Channel::Api') {
					throw new HttpError(422, { error: 'Incoming messages are only allowed in Api inboxes' });
				}
				const files = uploadedFiles(ctx.body.attachments);
				const attachments: AttachmentInput[] = files.map((f) => ({ filename: f.filename, content_type: f.contentType, size: f.size }));
				const contentAttributes = parseMaybeJson(ctx.p.content_attributes) ?? {};
				const templateParams = parseMaybeJson(ctx.p.template_params);
				if (templateParams) contentAttributes.template_params = templateParams;
				const input: MessageInput = {
					content: ctx.p.content === undefined || ctx.p.content === null ? null : String(ctx.p.content),
					message_type: typeName,
					private: ctx.bool('private') ?? false,
					content_type: ctx.str('content_type') ?? 'text',
					content_attributes: contentAttributes,
					echo_id: ctx.str('echo_id') ?? null,
					source_id: ctx.str('source_id') ?? null,
					attachments,
					sender:
						typeName === 'incoming'
							? { type: 'Contact', id: conversation.contact_id }
							: ctx.bot
								? { type: 'AgentBot', id: ctx.bot.id }
								: ctx.user
									? { type: 'User', id: ctx.user.id }
									: null,
				};
				const campaignId = ctx.int('campaign_id');
				if (campaignId !== undefined) input.additional_attributes = { campaign_id: campaignId };
				const message = state.createMessage(conversation, input);
				return ok(messageView(state, message));
			},
		},
		{
			method: 'DELETE',
			path: `${A}/conversations/{conversation_id}/messages/{message_id}`,
			name: 'messages.destroy',
			access: account,
			handle: (ctx) => {
				const { message } = findMessage(ctx);
				// Soft delete (§4).
				message.content = 'This message was deleted';
				message.content_attributes = { ...message.content_attributes, deleted: true };
				message.attachments = [];
				message.updated_at = ctx.state.now();
				return ok(messageView(ctx.state, message));
			},
		},
		{
			method: 'PATCH',
			path: `${A}/conversations/{conversation_id}/messages/{message_id}`,
			name: 'messages.update',
			// §5 [C-code]: API inboxes only (else 403).
			source: 'code',
			spec: { body: jsonBody(objectSchema({ status: { type: 'string', enum: ['sent', 'delivered', 'read', 'failed'] }, external_error: { type: 'string' } })) },
			access: account,
			handle: (ctx) => {
				const state = ctx.state;
				const { conversation, message } = findMessage(ctx);
				const inbox = state.inboxes.find((i) => i.id === conversation.inbox_id);
				if (inbox?.channel_type !== 'Channel::Api') {
					throw new HttpError(403, { error: 'Message status update is only allowed for API inboxes' });
				}
				const status = ctx.str('status') as MessageStatus | undefined;
				if (status !== undefined) {
					if (!['sent', 'delivered', 'read', 'failed'].includes(status)) throw new HttpError(422, { error: `'${status}' is not a valid status` });
					message.status = status;
				}
				const externalError = ctx.str('external_error');
				if (externalError !== undefined) message.content_attributes = { ...message.content_attributes, external_error: externalError };
				message.updated_at = state.now();
				state.emit({ event: 'message_updated', accountId: message.account_id, messageId: message.id, conversationId: conversation.id });
				return ok(messageView(state, message));
			},
		},
		// Code-confirmed (upstream `config/routes.rb`, not in the spec):
		// | POST …/messages/{message_id}/translate `{target_language}` | `{content}` (the fake "translates" to `[<lang>] <content>`) | [C-code] shape, [I] text |
		// | POST …/messages/{message_id}/retry | 204 [I]; status back to `sent`, content_attributes cleared | [C-code] |
		{
			method: 'POST',
			path: `${A}/conversations/{conversation_id}/messages/{message_id}/translate`,
			name: 'messages.translate',
			source: 'code',
			spec: { body: jsonBody(objectSchema({ target_language: { type: 'string' } }, ['target_language'])) },
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
	];
}
