/**
 * Public client API (`/public/api/v1/inboxes/{inbox_identifier}/…`, no token: the API-channel
 * `inbox_identifier` plus the contact's `source_id` as `contact_identifier`, §1/§3) and the CSAT
 * survey page (`/survey/responses/{conversation_uuid}`).
 *
 * | Route | What the real server does | Evidence |
 * |---|---|---|
 * | GET …/contacts/{contact_identifier}/conversations/{conversation_id}/messages | `MessageFinder` with `filter_internal_messages: true, before: params[:before]`: no `before` → the latest 20 (oldest first); `before=<id>` → the 20 with id < before (oldest first); private notes and activity messages (message_type 2) are left out | [C-code] upstream `app/controllers/public/api/v1/inboxes/messages_controller.rb` (`message_finder_params`) and `app/finders/message_finder.rb` (`messages_latest`, `messages_before`, `where.not('private = ? OR message_type = ?', true, 2)`) |
 *
 * The spec declares no `before` on that list and types `submitted_values` of the message update
 * as an object only; both are corrected in `spec-corrections.ts`.
 */
import { ok, headOk, jsonBody, objectSchema, pathParam, type Ctx, type RouteDef } from '../dsl';
import { HttpError, notFound, recordInvalid } from '../errors';
import type { Contact, ContactInbox, Conversation, Message } from '../types';
import { attachmentView, iso, senderPushData } from '../views';
import { asRecord } from './helpers';

const PUB = '/public/api/v1/inboxes/{inbox_identifier}';
const access = { kind: 'public' as const };
/** `MessageFinder` page size for `latest` and `before`. */
export const PUBLIC_MESSAGES_PER_PAGE = 20;

function publicContactView(contact: Contact, contactInbox: ContactInbox) {
	return {
		id: contact.id,
		source_id: contactInbox.source_id,
		name: contact.name,
		email: contact.email,
		phone_number: contact.phone_number,
		pubsub_token: contactInbox.pubsub_token,
	};
}

function publicContactRecord(contact: Contact) {
	return {
		id: contact.id,
		name: contact.name,
		email: contact.email,
		phone_number: contact.phone_number,
		identifier: contact.identifier,
		blocked: contact.blocked,
		additional_attributes: contact.additional_attributes,
		custom_attributes: contact.custom_attributes,
		contact_type: 'lead',
		country_code: (contact.additional_attributes.country_code as string | undefined) ?? null,
		last_activity_at: iso(contact.last_activity_at),
		created_at: iso(contact.created_at),
		updated_at: iso(contact.updated_at),
		last_name: null,
		middle_name: null,
		location: null,
		account_id: contact.account_id,
		company_id: null,
		label_list: contact.labels,
	};
}

function publicMessageView(ctx: Ctx, message: Message, conversation: Conversation) {
	const view: Record<string, unknown> = {
		id: message.id,
		content: message.content,
		message_type: message.message_type,
		content_type: message.content_type,
		content_attributes: message.content_attributes,
		created_at: message.created_at,
		conversation_id: conversation.display_id,
	};
	if (message.attachments.length) view.attachments = message.attachments.map((a) => attachmentView(ctx.state, a));
	const sender = senderPushData(ctx.state, message.sender, message.account_id);
	if (sender) view.sender = sender;
	return view;
}

function publicConversationView(ctx: Ctx, conversation: Conversation) {
	const contact = ctx.state.contacts.find((c) => c.id === conversation.contact_id);
	return {
		id: conversation.display_id,
		uuid: conversation.uuid,
		inbox_id: conversation.inbox_id,
		contact_last_seen_at: conversation.contact_last_seen_at ?? 0,
		status: conversation.status,
		agent_last_seen_at: conversation.agent_last_seen_at ?? 0,
		messages: ctx.state
			.messagesOf(conversation)
			.filter((m) => !m.private)
			.map((m) => publicMessageView(ctx, m, conversation)),
		contact: contact ? publicContactRecord(contact) : null,
	};
}

function contactInboxOf(ctx: Ctx): { contactInbox: ContactInbox; contact: Contact } {
	const contactInbox = ctx.state.contactInboxes.find((ci) => ci.inbox_id === ctx.inbox!.id && ci.source_id === ctx.params.contact_identifier);
	const contact = contactInbox ? ctx.state.contacts.find((c) => c.id === contactInbox.contact_id) : undefined;
	if (!contactInbox || !contact) throw notFound();
	return { contactInbox, contact };
}

function conversationOf(ctx: Ctx): Conversation {
	const { contactInbox } = contactInboxOf(ctx);
	const conversation = ctx.state.conversations.find(
		(c) => c.contact_inbox_id === contactInbox.id && String(c.display_id) === ctx.params.conversation_id,
	);
	if (!conversation) throw notFound();
	return conversation;
}

function contactFields(source: Record<string, unknown>) {
	const pick = (key: string) => (source[key] === undefined ? undefined : source[key] === null ? null : String(source[key]));
	return {
		name: pick('name'),
		email: pick('email'),
		phone_number: pick('phone_number'),
		identifier: pick('identifier'),
		avatar_url: source.avatar_url === undefined ? undefined : String(source.avatar_url),
		custom_attributes: asRecord(source.custom_attributes),
	};
}

export function publicRoutes(): RouteDef[] {
	return [
		{
			method: 'GET',
			path: PUB,
			name: 'public.inboxes.show',
			access,
			handle: (ctx) => {
				const inbox = ctx.inbox!;
				return ok({
					identifier: inbox.inbox_identifier,
					name: inbox.name,
					timezone: inbox.timezone,
					working_hours: Array.from({ length: 7 }, (_, day) => ({
						day_of_week: day,
						open_all_day: false,
						closed_all_day: day === 0 || day === 6,
						open_hour: 9,
						open_minutes: 0,
						close_hour: 17,
						close_minutes: 0,
					})),
					working_hours_enabled: inbox.working_hours_enabled,
					csat_survey_enabled: inbox.csat_survey_enabled,
					greeting_enabled: inbox.greeting_enabled,
					identity_validation_enabled: false,
				});
			},
		},
		{
			method: 'POST',
			path: `${PUB}/contacts`,
			name: 'public.contacts.create',
			access,
			handle: (ctx) => {
				const state = ctx.state;
				const inbox = ctx.inbox!;
				const fields = contactFields(ctx.body);
				const existing = fields.identifier ? state.contactsOf(inbox.account_id).find((c) => c.identifier === fields.identifier) : undefined;
				const contact = existing ? state.updateContact(existing, fields) : state.createContact(inbox.account_id, fields);
				const contactInbox = state.ensureContactInbox(contact, inbox);
				return ok(publicContactView(contact, contactInbox));
			},
		},
		{
			method: 'GET',
			path: `${PUB}/contacts/{contact_identifier}`,
			name: 'public.contacts.show',
			access,
			handle: (ctx) => {
				const { contact, contactInbox } = contactInboxOf(ctx);
				return ok(publicContactView(contact, contactInbox));
			},
		},
		{
			method: 'PATCH',
			path: `${PUB}/contacts/{contact_identifier}`,
			name: 'public.contacts.update',
			access,
			handle: (ctx) => {
				const { contact } = contactInboxOf(ctx);
				ctx.state.updateContact(contact, contactFields(ctx.body));
				return ok(publicContactRecord(contact));
			},
		},
		{
			method: 'POST',
			path: `${PUB}/contacts/{contact_identifier}/conversations`,
			name: 'public.conversations.create',
			access,
			handle: (ctx) => {
				const { contact, contactInbox } = contactInboxOf(ctx);
				const conversation = ctx.state.createConversation(ctx.inbox!.account_id, {
					inbox_id: ctx.inbox!.id,
					contact_id: contact.id,
					source_id: contactInbox.source_id,
					custom_attributes: asRecord(ctx.body.custom_attributes),
				});
				return ok(publicConversationView(ctx, conversation));
			},
		},
		{
			method: 'GET',
			path: `${PUB}/contacts/{contact_identifier}/conversations`,
			name: 'public.conversations.index',
			access,
			handle: (ctx) => {
				const { contactInbox } = contactInboxOf(ctx);
				return ok(ctx.state.conversations.filter((c) => c.contact_inbox_id === contactInbox.id).map((c) => publicConversationView(ctx, c)));
			},
		},
		{
			method: 'GET',
			path: `${PUB}/contacts/{contact_identifier}/conversations/{conversation_id}`,
			name: 'public.conversations.show',
			access,
			handle: (ctx) => ok(publicConversationView(ctx, conversationOf(ctx))),
		},
		{
			method: 'POST',
			path: `${PUB}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_status`,
			name: 'public.conversations.toggle_status',
			access,
			handle: (ctx) => {
				const conversation = conversationOf(ctx);
				// The client API can only resolve.
				ctx.state.updateConversation(conversation, { status: 'resolved', snoozed_until: null });
				return ok(publicConversationView(ctx, conversation));
			},
		},
		{
			method: 'POST',
			path: `${PUB}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_typing`,
			name: 'public.conversations.toggle_typing',
			access,
			handle: (ctx) => {
				const conversation = conversationOf(ctx);
				const on = ctx.str('typing_status') === 'on';
				ctx.state.emit({ event: on ? 'conversation_typing_on' : 'conversation_typing_off', accountId: conversation.account_id, conversationId: conversation.id });
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${PUB}/contacts/{contact_identifier}/conversations/{conversation_id}/update_last_seen`,
			name: 'public.conversations.update_last_seen',
			access,
			handle: (ctx) => {
				const conversation = conversationOf(ctx);
				conversation.contact_last_seen_at = ctx.state.now();
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${PUB}/contacts/{contact_identifier}/conversations/{conversation_id}/messages`,
			name: 'public.messages.create',
			access,
			handle: (ctx) => {
				const conversation = conversationOf(ctx);
				const message = ctx.state.createMessage(conversation, {
					content: ctx.body.content === undefined ? null : String(ctx.body.content),
					echo_id: ctx.body.echo_id === undefined ? null : String(ctx.body.echo_id),
					message_type: 'incoming',
					sender: { type: 'Contact', id: conversation.contact_id },
				});
				return ok(publicMessageView(ctx, message, conversation));
			},
		},
		{
			method: 'GET',
			path: `${PUB}/contacts/{contact_identifier}/conversations/{conversation_id}/messages`,
			name: 'public.messages.index',
			access,
			handle: (ctx) => {
				const conversation = conversationOf(ctx);
				const before = ctx.int('before');
				const page = ctx.state
					.messagesOf(conversation)
					.filter((m) => !m.private && m.message_type !== 2 && (before === undefined || m.id < before))
					.sort((a, b) => a.id - b.id)
					.slice(-PUBLIC_MESSAGES_PER_PAGE);
				return ok(page.map((m) => publicMessageView(ctx, m, conversation)));
			},
		},
		{
			method: 'PATCH',
			path: `${PUB}/contacts/{contact_identifier}/conversations/{conversation_id}/messages/{message_id}`,
			name: 'public.messages.update',
			access,
			handle: (ctx) => {
				const conversation = conversationOf(ctx);
				const message = ctx.state.messagesOf(conversation).find((m) => String(m.id) === ctx.params.message_id);
				if (!message) throw notFound();
				const submitted = ctx.body.submitted_values;
				if (submitted !== undefined) message.content_attributes = { ...message.content_attributes, submitted_values: submitted };
				message.updated_at = ctx.state.now();
				ctx.state.emit({ event: 'message_updated', accountId: message.account_id, messageId: message.id, conversationId: conversation.id });
				return ok(publicMessageView(ctx, message, conversation));
			},
		},
		...csatSurveyRoutes(),
		{
			method: 'GET',
			path: '/survey/responses/{conversation_uuid}',
			name: 'survey.responses.show',
			access: { kind: 'survey' },
			handle: (ctx) => {
				const conversation = ctx.state.conversations.find((c) => c.uuid === ctx.params.conversation_uuid);
				if (!conversation) {
					return { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<!DOCTYPE html><html><body><h1>The page you were looking for doesn\'t exist.</h1></body></html>' };
				}
				// The real server renders the survey single-page app (HTML).
				return {
					status: 200,
					headers: { 'content-type': 'text/html; charset=utf-8' },
					body: `<!DOCTYPE html><html><head><title>Rate your conversation</title></head><body><div id="app" data-conversation-uuid="${conversation.uuid}"></div></body></html>`,
				};
			},
		},
	];
}

/** Days after the survey message during which the contact may still rate (`check_csat_locked`). */
export const CSAT_LOCK_DAYS = 14;
export const CSAT_LOCKED_MESSAGE = `You cannot update the CSAT survey after ${CSAT_LOCK_DAYS} days`;

/**
 * The CSAT survey's JSON API (`/public/api/v1/csat_survey/{conversation uuid}`, no token), as
 * upstream's `Public::Api::V1::CsatSurveyController` does it [C-code: controller and its jbuilder
 * views; the field list of the answer is inferred from `public/api/v1/models/_csat_survey`]:
 * - the conversation by uuid, then its `input_csat` message; either missing → 404 Resource could not be found;
 * - show: the survey message: id, csat_survey_response (null until rated), display_type, content,
 *   inbox_avatar_url, inbox_name, locale, conversation_id (database id), created_at;
 * - update (PATCH and PUT): `message.submitted_values.csat_survey_response` {rating, feedback_message}
 *   stored on the message and as the conversation's CSAT response; more than 14 days after the
 *   survey message → 422 `{"error":"You cannot update the CSAT survey after 14 days"}`; a rating
 *   outside 1–5 → 422 (the response model's inclusion check) [I: message text].
 */
function csatSurveyRoutes(): RouteDef[] {
	const path = '/public/api/v1/csat_survey/{id}';
	const spec = { params: [pathParam('id', { type: 'string' })] };
	const surveyOf = (ctx: Ctx) => {
		const conversation = ctx.state.conversations.find((c) => c.uuid === ctx.params.id);
		if (!conversation) throw notFound();
		const message = ctx.state.messagesOf(conversation).filter((m) => m.content_type === 'input_csat').at(-1);
		if (!message) throw notFound();
		return { conversation, message };
	};
	const view = (ctx: Ctx, conversation: Conversation, message: Message) => {
		const inbox = ctx.state.inboxes.find((i) => i.id === conversation.inbox_id);
		const response = ctx.state.csatResponses.find((r) => r.message_id === message.id);
		return {
			id: message.id,
			csat_survey_response: response
				? { id: response.id, account_id: response.account_id, conversation_id: response.conversation_id, message_id: response.message_id, contact_id: response.contact_id, assigned_agent_id: response.assigned_agent_id, rating: response.rating, feedback_message: response.feedback_message, created_at: iso(response.created_at) }
				: null,
			display_type: 'emoji',
			content: null,
			inbox_avatar_url: '',
			inbox_name: inbox?.name ?? null,
			locale: ctx.state.account(conversation.account_id)?.locale ?? 'en',
			conversation_id: conversation.id,
			created_at: iso(message.created_at),
		};
	};
	const update = (ctx: Ctx) => {
		const { conversation, message } = surveyOf(ctx);
		// Days between the UTC dates (`Time.zone.now.to_date - created_at.to_date`, UTC time zone).
		const days = Math.floor(ctx.state.now() / 86_400) - Math.floor(message.created_at / 86_400);
		if (days > CSAT_LOCK_DAYS) throw new HttpError(422, { error: CSAT_LOCKED_MESSAGE });
		const submitted = asRecord(asRecord(asRecord(ctx.body.message)?.submitted_values)?.csat_survey_response) ?? {};
		const rating = Number(submitted.rating);
		if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw recordInvalid([{ attribute: 'rating', message: 'is not included in the list' }]);
		const feedback = typeof submitted.feedback_message === 'string' ? submitted.feedback_message : null;
		message.content_attributes = { ...message.content_attributes, submitted_values: { csat_survey_response: { rating, feedback_message: feedback } } };
		message.updated_at = ctx.state.now();
		const existing = ctx.state.csatResponses.find((r) => r.message_id === message.id);
		if (existing) Object.assign(existing, { rating, feedback_message: feedback });
		else
			ctx.state.csatResponses.push({
				id: ctx.state.nextId('csat_survey_responses'),
				account_id: conversation.account_id,
				conversation_id: conversation.id,
				message_id: message.id,
				contact_id: conversation.contact_id,
				assigned_agent_id: conversation.assignee_id,
				rating,
				feedback_message: feedback,
				created_at: ctx.state.now(),
			});
		return ok(view(ctx, conversation, message));
	};
	const body = jsonBody(objectSchema({ message: { type: 'object' } }, ['message']));
	return [
		{ method: 'GET', path, name: 'public.csat_survey.show', source: 'code', spec, access: { kind: 'survey' }, handle: (ctx) => {
			const { conversation, message } = surveyOf(ctx);
			return ok(view(ctx, conversation, message));
		} },
		{ method: 'PATCH', path, name: 'public.csat_survey.update', source: 'code', spec: { ...spec, body }, access: { kind: 'survey' }, handle: update },
		{ method: 'PUT', path, name: 'public.csat_survey.update', source: 'code', spec: { ...spec, body }, access: { kind: 'survey' }, handle: update },
	];
}
