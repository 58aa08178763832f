/**
 * JSON views: the exact object shapes the real server renders (`shared/api/chatwoot.md` §4, "Object shapes").
 *
 * - REST timestamps are integer Unix seconds, except conversation `updated_at` (a float) and the
 *   records rendered with Rails `as_json` (canned responses, custom attributes…), which are ISO-8601 strings.
 * - The conversation `id` is always the per-account `display_id`; messages carry it as `conversation_id`.
 * - REST messages carry the integer `message_type`.
 */
import type { ChatwootState } from './store';
import {
	MESSAGE_TYPE_NAMES,
	type AgentBot,
	type Attachment,
	type AuditLog,
	type AutomationRule,
	type Campaign,
	type CannedResponse,
	type Category,
	type Article,
	type Contact,
	type ContactInbox,
	type Conversation,
	type CsatSurveyResponse,
	type CustomAttributeDefinition,
	type CustomFilter,
	type DashboardApp,
	type Inbox,
	type IntegrationHook,
	type Label,
	type Macro,
	type Message,
	type MessageSender,
	type Note,
	type Notification,
	type Portal,
	type ReportingEvent,
	type Team,
	type User,
	type AccountUser,
	type Account,
} from './types';

type Json = Record<string, unknown>;

export const iso = (seconds: number | null | undefined): string | null =>
	seconds === null || seconds === undefined ? null : new Date(seconds * 1000).toISOString();

/** Ruby `nil.to_i` is 0: the jbuilder views render missing times as 0. */
const toI = (seconds: number | null | undefined): number => (seconds === null || seconds === undefined ? 0 : Math.floor(seconds));

const absolute = (state: ChatwootState, path: string) => (path.startsWith('/') ? `${state.baseUrl}${path}` : path);

const ATTRIBUTE_DISPLAY_TYPES = ['text', 'number', 'currency', 'percent', 'link', 'date', 'list', 'checkbox'];
const ATTRIBUTE_MODELS = ['conversation_attribute', 'contact_attribute'];
export const ARTICLE_STATUSES = ['draft', 'published', 'archived'];

const WORKING_HOURS = Array.from({ length: 7 }, (_, day) => ({
	day_of_week: day,
	closed_all_day: day === 0 || day === 6,
	open_hour: day === 0 || day === 6 ? null : 9,
	open_minutes: day === 0 || day === 6 ? null : 0,
	close_hour: day === 0 || day === 6 ? null : 17,
	close_minutes: day === 0 || day === 6 ? null : 0,
	open_all_day: false,
}));

// ------------------------------------------------------------------------ inboxes

/** `api/v1/models/_inbox_slim`. */
export function inboxSlimView(inbox: Inbox): Json {
	return { id: inbox.id, avatar_url: '', channel_id: inbox.channel_id, name: inbox.name, channel_type: inbox.channel_type, provider: null };
}

/** `api/v1/models/_inbox` (the fields that matter for API, widget and email channels). */
export function inboxView(inbox: Inbox): Json {
	const view: Json = {
		id: inbox.id,
		avatar_url: '',
		channel_id: inbox.channel_id,
		name: inbox.name,
		channel_type: inbox.channel_type,
		greeting_enabled: inbox.greeting_enabled,
		greeting_message: inbox.greeting_message,
		working_hours_enabled: inbox.working_hours_enabled,
		enable_email_collect: inbox.enable_email_collect,
		csat_survey_enabled: inbox.csat_survey_enabled,
		csat_config: {},
		enable_auto_assignment: inbox.enable_auto_assignment,
		auto_assignment_config: {},
		out_of_office_message: inbox.out_of_office_message,
		working_hours: WORKING_HOURS,
		timezone: inbox.timezone,
		callback_webhook_url: null,
		allow_messages_after_resolved: inbox.allow_messages_after_resolved,
		lock_to_single_conversation: inbox.lock_to_single_conversation,
		sender_name_type: inbox.sender_name_type,
		business_name: inbox.business_name,
		portal_id: inbox.portal_id,
		selected_feature_flags: null,
		reply_time: 'in_a_few_minutes',
		hmac_mandatory: false,
		provider: null,
		medium: null,
		phone_number: inbox.phone_number,
	};
	if (inbox.channel_type === 'Channel::WebWidget') {
		Object.assign(view, {
			website_url: inbox.website_url,
			widget_color: inbox.widget_color,
			website_token: inbox.website_token,
			welcome_title: null,
			welcome_tagline: null,
			hmac_token: inbox.hmac_token,
			pre_chat_form_enabled: false,
			web_widget_script: `<script>window.chatwootSettings={};(function(d,t){/* ${inbox.website_token} */})(document,"script");</script>`,
		});
	}
	if (inbox.channel_type === 'Channel::Api') {
		Object.assign(view, {
			webhook_url: inbox.webhook_url,
			inbox_identifier: inbox.inbox_identifier,
			hmac_token: inbox.hmac_token,
			secret: inbox.secret,
			additional_attributes: {},
		});
	}
	if (inbox.channel_type === 'Channel::Email') Object.assign(view, { email: inbox.email, forward_to_email: inbox.email });
	return view;
}

// ------------------------------------------------------------------------ users, agents, bots, teams

/** `api/v1/models/_agent`. */
export function agentView(user: User, membership: AccountUser): Json {
	return {
		id: user.id,
		account_id: membership.account_id,
		availability_status: membership.availability,
		auto_offline: membership.auto_offline,
		confirmed: user.confirmed,
		email: user.email,
		provider: 'email',
		available_name: user.display_name || user.name,
		custom_attributes: user.custom_attributes,
		name: user.name,
		role: membership.role,
		thumbnail: user.avatar_url,
		custom_role_id: null,
	};
}

/** `api/v1/models/_user` (profile, platform users). `activeAccountId` picks `account_id`/`role`. */
export function userView(state: ChatwootState, user: User, activeAccountId?: number): Json {
	const memberships = state.accountUsers.filter((au) => au.user_id === user.id);
	const active = memberships.find((m) => m.account_id === activeAccountId) ?? memberships[0];
	return {
		access_token: user.access_token,
		account_id: active?.account_id ?? null,
		available_name: user.display_name || user.name,
		avatar_url: user.avatar_url,
		confirmed: user.confirmed,
		display_name: user.display_name,
		message_signature: user.message_signature,
		email: user.email,
		hmac_identifier: '',
		inviter_id: active?.inviter_id ?? null,
		id: user.id,
		name: user.name,
		provider: 'email',
		pubsub_token: user.pubsub_token,
		custom_attributes: user.custom_attributes,
		role: active?.role ?? null,
		ui_settings: user.ui_settings,
		uid: user.uid,
		type: user.type,
		accounts: memberships.map((m) => {
			const account = state.account(m.account_id);
			return {
				id: m.account_id,
				name: account?.name ?? '',
				status: account?.status ?? 'active',
				active_at: iso(m.created_at),
				role: m.role,
				permissions: m.role === 'administrator' ? ['administrator'] : ['agent'],
				availability: m.availability,
				availability_status: m.availability,
				auto_offline: m.auto_offline,
				custom_role_id: null,
				custom_role: null,
				api_and_webhooks: account?.features.api_and_webhooks ?? true,
			};
		}),
	};
}

/** `api/v1/models/_agent_bot`. `withToken` adds `access_token` (create/show for admins). */
export function agentBotView(bot: AgentBot, withToken = true): Json {
	const view: Json = {
		id: bot.id,
		name: bot.name,
		description: bot.description,
		thumbnail: bot.thumbnail,
		outgoing_url: bot.outgoing_url,
		bot_type: 'webhook',
		bot_config: bot.bot_config,
		account_id: bot.account_id,
		system_bot: bot.account_id === null,
	};
	if (withToken) view.access_token = bot.access_token;
	return view;
}

/** `api/v1/models/_agent_bot_slim` [I: fields]. */
export function agentBotSlimView(bot: AgentBot): Json {
	return { id: bot.id, name: bot.name, description: bot.description, thumbnail: bot.thumbnail, outgoing_url: bot.outgoing_url };
}

/** `api/v1/models/_team`. */
export function teamView(team: Team, currentUserId?: number): Json {
	return {
		id: team.id,
		name: team.name,
		description: team.description,
		allow_auto_assign: team.allow_auto_assign,
		account_id: team.account_id,
		is_member: currentUserId !== undefined && team.member_ids.includes(currentUserId),
	};
}

// ------------------------------------------------------------------------ contacts

/** `api/v1/models/_contact`. */
export function contactView(state: ChatwootState, contact: Contact, options: { withContactInboxes?: boolean } = {}): Json {
	const view: Json = {
		additional_attributes: contact.additional_attributes,
		availability_status: contact.availability_status,
		email: contact.email,
		id: contact.id,
		name: contact.name,
		phone_number: contact.phone_number,
		blocked: contact.blocked,
		identifier: contact.identifier,
		thumbnail: contact.thumbnail,
		custom_attributes: contact.custom_attributes,
	};
	if (contact.last_activity_at !== null) view.last_activity_at = contact.last_activity_at;
	view.created_at = contact.created_at;
	if (options.withContactInboxes) {
		view.contact_inboxes = state.contactInboxesOf(contact.id).map((ci) => contactInboxView(state, ci));
	}
	return view;
}

export function contactInboxView(state: ChatwootState, contactInbox: ContactInbox): Json {
	const inbox = state.inboxes.find((i) => i.id === contactInbox.inbox_id);
	return { source_id: contactInbox.source_id, inbox: inbox ? inboxSlimView(inbox) : null };
}

/** `Contact#push_event_data` (message senders, conversation meta in webhooks). */
export function contactPushData(contact: Contact): Json {
	return {
		additional_attributes: contact.additional_attributes,
		custom_attributes: contact.custom_attributes,
		email: contact.email,
		id: contact.id,
		identifier: contact.identifier,
		name: contact.name,
		phone_number: contact.phone_number,
		thumbnail: contact.thumbnail,
		blocked: contact.blocked,
		type: 'contact',
	};
}

/** `Contact#webhook_data`. */
export function contactWebhookData(contact: Contact): Json {
	// The push data without its `type`, plus `avatar` (the thumbnail again).
	const { type: _type, ...pushData } = contactPushData(contact) as Record<string, unknown>;
	return { ...pushData, avatar: contact.thumbnail } as Json;
}

/** `api/v1/models/_note`. */
export function noteView(state: ChatwootState, note: Note): Json {
	const view: Json = { id: note.id, content: note.content, account_id: note.account_id, contact_id: note.contact_id };
	const user = note.user_id !== null ? state.user(note.user_id) : undefined;
	const membership = user ? state.accountUser(note.account_id, user.id) : undefined;
	if (user && membership) view.user = agentView(user, membership);
	view.created_at = note.created_at;
	view.updated_at = note.updated_at;
	return view;
}

// ------------------------------------------------------------------------ messages

export function senderPushData(state: ChatwootState, sender: MessageSender | null, accountId: number): Json | undefined {
	if (!sender) return undefined;
	if (sender.type === 'Contact') {
		const contact = state.contacts.find((c) => c.id === sender.id);
		return contact ? contactPushData(contact) : undefined;
	}
	if (sender.type === 'User') {
		const user = state.user(sender.id);
		if (!user) return undefined;
		const membership = state.accountUser(accountId, user.id);
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
	const bot = state.agentBots.find((b) => b.id === sender.id);
	return bot ? { id: bot.id, name: bot.name, avatar_url: bot.thumbnail, type: 'agent_bot' } : undefined;
}

/** `Attachment#push_event_data`. */
export function attachmentView(state: ChatwootState, attachment: Attachment): Json {
	return {
		id: attachment.id,
		message_id: attachment.message_id,
		file_type: attachment.file_type,
		account_id: attachment.account_id,
		extension: attachment.extension,
		data_url: absolute(state, attachment.data_url),
		thumb_url: attachment.thumb_url ? absolute(state, attachment.thumb_url) : '',
		file_size: attachment.file_size,
		width: attachment.width,
		height: attachment.height,
	};
}

function displayIdOf(state: ChatwootState, message: Message): number | null {
	return state.conversationOfMessage(message)?.display_id ?? null;
}

/** `api/v1/models/_message` (REST): integer `message_type`, `conversation_id` = display_id. */
export function messageView(state: ChatwootState, message: Message): Json {
	const view: Json = { id: message.id, content: message.content, inbox_id: message.inbox_id };
	if (message.echo_id) view.echo_id = message.echo_id;
	Object.assign(view, {
		conversation_id: displayIdOf(state, message),
		message_type: message.message_type,
		content_type: message.content_type,
		status: message.status,
		content_attributes: message.content_attributes,
		created_at: message.created_at,
		private: message.private,
		source_id: message.source_id,
	});
	const sender = senderPushData(state, message.sender, message.account_id);
	if (sender) view.sender = sender;
	if (message.attachments.length) view.attachments = message.attachments.map((a) => attachmentView(state, a));
	return view;
}

/** `Message#push_event_data`: the record's columns plus display ids (used inside conversation views). */
export function messagePushData(state: ChatwootState, message: Message): Json {
	const conversation = state.conversationOfMessage(message);
	const contactInbox = conversation ? state.contactInboxes.find((ci) => ci.id === conversation.contact_inbox_id) : undefined;
	const view: Json = {
		id: message.id,
		content: message.content,
		account_id: message.account_id,
		inbox_id: message.inbox_id,
		conversation_id: conversation?.display_id ?? null,
		message_type: message.message_type,
		created_at: message.created_at,
		updated_at: iso(message.updated_at),
		private: message.private,
		status: message.status,
		source_id: message.source_id,
		content_type: message.content_type,
		content_attributes: message.content_attributes,
		sender_type: message.sender?.type ?? null,
		sender_id: message.sender?.id ?? null,
		external_source_ids: {},
		additional_attributes: message.additional_attributes,
		processed_message_content: message.content,
		sentiment: {},
		conversation: conversation
			? {
					assignee_id: conversation.assignee_id,
					unread_count: unreadCount(state, conversation),
					last_activity_at: conversation.last_activity_at,
					contact_inbox: { source_id: contactInbox?.source_id ?? null },
				}
			: null,
	};
	if (message.echo_id) view.echo_id = message.echo_id;
	if (message.attachments.length) view.attachments = message.attachments.map((a) => attachmentView(state, a));
	const sender = senderPushData(state, message.sender, message.account_id);
	if (sender) view.sender = sender;
	return view;
}

/** The string `message_type` used by webhooks (`Message#webhook_data`). */
export function messageTypeName(message: Message): string {
	return MESSAGE_TYPE_NAMES[message.message_type];
}

// ------------------------------------------------------------------------ conversations

export function unreadCount(state: ChatwootState, conversation: Conversation): number {
	const seen = conversation.agent_last_seen_at ?? 0;
	return state.messages.filter((m) => m.conversation_id === conversation.id && m.message_type === 0 && m.created_at > seen).length;
}

function lastMessage(state: ChatwootState, conversation: Conversation, predicate: (m: Message) => boolean = () => true): Message | undefined {
	let last: Message | undefined;
	for (const m of state.messages) {
		if (m.conversation_id === conversation.id && predicate(m) && (!last || m.id > last.id)) last = m;
	}
	return last;
}

/** `meta.assignee` / `meta.assignee_type` / `meta.team` shared by REST and webhook conversation views. */
function assigneeMeta(state: ChatwootState, conversation: Conversation): Json {
	const meta: Json = {};
	if (conversation.assignee_agent_bot_id !== null) {
		const bot = state.agentBots.find((b) => b.id === conversation.assignee_agent_bot_id);
		if (bot) {
			meta.assignee = agentBotSlimView(bot);
			meta.assignee_type = 'AgentBot';
		}
	} else if (conversation.assignee_id !== null) {
		const user = state.user(conversation.assignee_id);
		const membership = user ? state.accountUser(conversation.account_id, user.id) : undefined;
		if (user && membership) {
			meta.assignee = agentView(user, membership);
			meta.assignee_type = 'User';
		}
	}
	if (conversation.team_id !== null) {
		const team = state.teams.find((t) => t.id === conversation.team_id);
		if (team) meta.team = teamView(team);
	}
	return meta;
}

/** `api/v1/conversations/partials/_conversation`. */
export function conversationView(state: ChatwootState, conversation: Conversation): Json {
	const contact = state.contacts.find((c) => c.id === conversation.contact_id);
	const inbox = state.inboxes.find((i) => i.id === conversation.inbox_id);
	const contactInbox = state.contactInboxes.find((ci) => ci.id === conversation.contact_inbox_id);
	const last = lastMessage(state, conversation);
	const lastNonActivity = lastMessage(state, conversation, (m) => m.message_type !== 2);
	return {
		meta: {
			sender: contact ? contactView(state, contact) : null,
			channel: inbox?.channel_type ?? null,
			...assigneeMeta(state, conversation),
			hmac_verified: contactInbox?.hmac_verified ?? false,
		},
		id: conversation.display_id,
		messages: last ? [messagePushData(state, last)] : [],
		account_id: conversation.account_id,
		uuid: conversation.uuid,
		additional_attributes: conversation.additional_attributes,
		agent_last_seen_at: toI(conversation.agent_last_seen_at),
		assignee_last_seen_at: toI(conversation.assignee_last_seen_at),
		can_reply: true,
		contact_last_seen_at: toI(conversation.contact_last_seen_at),
		custom_attributes: conversation.custom_attributes,
		inbox_id: conversation.inbox_id,
		labels: conversation.labels,
		muted: conversation.muted,
		snoozed_until: conversation.snoozed_until,
		status: conversation.status,
		created_at: conversation.created_at,
		updated_at: conversation.updated_at,
		timestamp: conversation.last_activity_at,
		first_reply_created_at: toI(conversation.first_reply_created_at),
		unread_count: unreadCount(state, conversation),
		last_non_activity_message: lastNonActivity ? messagePushData(state, lastNonActivity) : null,
		last_activity_at: conversation.last_activity_at,
		priority: conversation.priority,
		waiting_since: toI(conversation.waiting_since),
		sla_policy_id: conversation.sla_policy_id,
	};
}

// ------------------------------------------------------------------------ account settings resources

export function labelView(label: Label): Json {
	return { id: label.id, title: label.title, description: label.description, color: label.color, show_on_sidebar: label.show_on_sidebar };
}

export function webhookView(state: ChatwootState, webhook: { id: number; name: string | null; url: string; account_id: number; subscriptions: string[]; secret: string; inbox_id: number | null }): Json {
	const view: Json = {
		id: webhook.id,
		name: webhook.name,
		url: webhook.url,
		account_id: webhook.account_id,
		subscriptions: webhook.subscriptions,
		...(webhook.secret ? { secret: webhook.secret } : {}),
	};
	if (webhook.inbox_id !== null) {
		const inbox = state.inboxes.find((i) => i.id === webhook.inbox_id);
		if (inbox) view.inbox = { id: inbox.id, name: inbox.name };
	}
	return view;
}

export function cannedResponseView(c: CannedResponse): Json {
	return { id: c.id, account_id: c.account_id, short_code: c.short_code, content: c.content, created_at: iso(c.created_at), updated_at: iso(c.updated_at) };
}

export function customAttributeView(d: CustomAttributeDefinition): Json {
	return {
		id: d.id,
		attribute_display_name: d.attribute_display_name,
		attribute_display_type: ATTRIBUTE_DISPLAY_TYPES[d.attribute_display_type] ?? 'text',
		attribute_description: d.attribute_description,
		attribute_key: d.attribute_key,
		regex_pattern: d.regex_pattern,
		regex_cue: d.regex_cue,
		attribute_values: d.attribute_values,
		attribute_model: ATTRIBUTE_MODELS[d.attribute_model] ?? 'conversation_attribute',
		default_value: d.default_value,
		created_at: iso(d.created_at),
		updated_at: iso(d.updated_at),
	};
}

export function customFilterView(f: CustomFilter): Json {
	return { id: f.id, name: f.name, type: f.filter_type, query: f.query, created_at: iso(f.created_at), updated_at: iso(f.updated_at) };
}

export function automationRuleView(r: AutomationRule): Json {
	return {
		id: r.id,
		account_id: r.account_id,
		name: r.name,
		description: r.description,
		event_name: r.event_name,
		conditions: r.conditions,
		actions: r.actions,
		created_on: r.created_at,
		active: r.active,
	};
}

export function portalView(state: ChatwootState, portal: Portal): Json {
	const inbox = portal.channel_web_widget_id !== null ? state.inboxes.find((i) => i.id === portal.channel_web_widget_id) : undefined;
	return {
		id: portal.id,
		archived: portal.archived,
		color: portal.color,
		config: { allowed_locales: [{ code: 'en', articles_count: 0, categories_count: 0 }], default_locale: 'en', ...portal.config },
		custom_domain: portal.custom_domain,
		header_text: portal.header_text,
		homepage_link: portal.homepage_link,
		name: portal.name,
		slug: portal.slug,
		page_title: portal.page_title,
		account_id: portal.account_id,
		inbox: inbox ? inboxView(inbox) : null,
		logo: null,
		meta: {
			all_articles_count: state.articles.filter((a) => a.portal_id === portal.id).length,
			categories_count: state.categories.filter((c) => c.portal_id === portal.id).length,
			default_locale: 'en',
		},
	};
}

export function categoryView(c: Category): Json {
	return {
		id: c.id,
		description: c.description,
		locale: c.locale,
		name: c.name,
		slug: c.slug,
		position: c.position,
		portal_id: c.portal_id,
		account_id: c.account_id,
		associated_category_id: c.associated_category_id,
		parent_category_id: c.parent_category_id,
		icon: c.icon,
	};
}

export function articleView(a: Article): Json {
	return {
		id: a.id,
		content: a.content,
		description: a.description,
		meta: a.meta,
		position: a.position,
		status: ARTICLE_STATUSES[a.status] ?? 'draft',
		title: a.title,
		slug: a.slug,
		views: a.views,
		locale: a.locale,
		portal_id: a.portal_id,
		account_id: a.account_id,
		author_id: a.author_id,
		category_id: a.category_id,
		associated_article_id: a.associated_article_id,
		created_at: a.created_at,
		updated_at: a.updated_at,
	};
}

export function integrationHookView(h: IntegrationHook): Json {
	return { id: h.id, app_id: h.app_id, inbox_id: h.inbox_id, account_id: h.account_id, status: h.status === 1, hook_type: h.hook_type, settings: h.settings };
}

export function reportingEventView(e: ReportingEvent): Json {
	return {
		id: e.id,
		name: e.name,
		value: e.value,
		value_in_business_hours: e.value_in_business_hours,
		event_start_time: iso(e.event_start_time),
		event_end_time: iso(e.event_end_time),
		account_id: e.account_id,
		conversation_id: e.conversation_id,
		inbox_id: e.inbox_id,
		user_id: e.user_id,
		created_at: iso(e.created_at),
		updated_at: iso(e.created_at),
	};
}

export function auditLogView(l: AuditLog): Json {
	return {
		id: l.id,
		auditable_id: l.auditable_id,
		auditable_type: l.auditable_type,
		auditable: null,
		associated_id: l.account_id,
		associated_type: 'Account',
		user_id: l.user_id,
		user_type: l.user_id === null ? null : 'User',
		username: l.username,
		action: l.action,
		audited_changes: l.audited_changes,
		version: 1,
		comment: null,
		request_uuid: `req-${l.id}`,
		created_at: l.created_at,
		remote_address: '127.0.0.1',
	};
}

/** `account_show_response` / `account_detail`. */
export function accountView(account: Account, withShowExtras = true): Json {
	const view: Json = {
		id: account.id,
		name: account.name,
		locale: account.locale,
		domain: account.domain,
		support_email: account.support_email,
		status: account.status,
		created_at: iso(account.created_at),
		cache_keys: { label: 0, inbox: 0, team: 0 },
		features: account.features,
		settings: account.settings,
		custom_attributes: account.custom_attributes,
	};
	if (withShowExtras) {
		view.latest_chatwoot_version = '4.15.1';
		view.subscribed_features = Object.keys(account.features).filter((k) => account.features[k]);
	}
	return view;
}

// ---------------------------------------------------------------- notifications, CSAT, search

const userPushData = (state: ChatwootState, userId: number, accountId: number): Json | null => senderPushData(state, { type: 'User', id: userId }, accountId) ?? null;

/** One item of `GET /notifications` (`notifications/index.json.jbuilder`) [C-code]. */
export function notificationListView(state: ChatwootState, n: Notification): Json {
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

/** `render json: @notification`: the record's columns, times as ISO strings [C-code]. */
export function notificationRecordView(n: Notification): Json {
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
export function csatView(state: ChatwootState, r: CsatSurveyResponse): Json {
	const contact = state.contacts.find((c) => c.id === r.contact_id);
	const conversation = state.conversations.find((c) => c.id === r.conversation_id);
	return {
		id: r.id,
		rating: r.rating,
		feedback_message: r.feedback_message,
		csat_review_notes: r.csat_review_notes ?? null,
		review_notes_updated_at: r.review_notes_updated_at ?? null,
		...(r.review_notes_updated_by ? { review_notes_updated_by: { id: r.review_notes_updated_by, name: state.users.find((u) => u.id === r.review_notes_updated_by)?.name ?? null } } : {}),
		account_id: r.account_id,
		message_id: r.message_id,
		contact: contact ? contactPushData(contact) : null,
		conversation_id: conversation?.display_id ?? null,
		assigned_agent: r.assigned_agent_id === null ? null : userPushData(state, r.assigned_agent_id, r.account_id),
		created_at: r.created_at,
	};
}

/** A contact found by `GET /search` (`search/_contact.json.jbuilder`) [I: the fields]. */
export function searchContactView(state: ChatwootState, contactId: number): Json {
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

/** A conversation found by `GET /search` (`search/_conversation.json.jbuilder`) [I: the fields]. */
export function searchConversationView(state: ChatwootState, c: Conversation): Json {
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

// ---------------------------------------------------------------- macros, campaigns, dashboard apps

function userSlim(user: User | undefined): Json | null {
	return user ? { id: user.id, name: user.name, email: user.email, available_name: user.display_name || user.name, thumbnail: user.avatar_url } : null;
}

export function macroView(state: ChatwootState, m: Macro): Json {
	return {
		id: m.id,
		name: m.name,
		visibility: m.visibility,
		account_id: m.account_id,
		actions: m.actions,
		created_by: userSlim(m.created_by_id === null ? undefined : state.user(m.created_by_id)),
		updated_by: userSlim(m.updated_by_id === null ? undefined : state.user(m.updated_by_id)),
		files: [],
	};
}

export function campaignView(state: ChatwootState, c: Campaign): Json {
	const inbox = state.inboxes.find((i) => i.id === c.inbox_id);
	const sender = c.sender_id === null ? undefined : state.user(c.sender_id);
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

export function dashboardAppView(d: DashboardApp): Json {
	return { id: d.id, title: d.title, content: d.content, created_at: d.created_at, updated_at: d.updated_at };
}
