/**
 * Records kept by the fake Chatwoot. They mirror Chatwoot's database rows (not its JSON views):
 * the views in `views.ts` turn them into the exact JSON the real server renders.
 *
 * All timestamps are Unix seconds (number). `Conversation.updated_at` keeps sub-second precision
 * because the real view renders it as a float.
 */

export type Role = 'agent' | 'administrator';
export type ConversationStatus = 'open' | 'resolved' | 'pending' | 'snoozed';
export type Priority = 'urgent' | 'high' | 'medium' | 'low';
export type MessageStatus = 'sent' | 'delivered' | 'read' | 'failed';
export type Availability = 'online' | 'busy' | 'offline';

/** `message_type` integers, as stored and rendered by the REST views. */
export const MESSAGE_TYPES = { incoming: 0, outgoing: 1, activity: 2, template: 3 } as const;
export type MessageTypeName = keyof typeof MESSAGE_TYPES;
export const MESSAGE_TYPE_NAMES: MessageTypeName[] = ['incoming', 'outgoing', 'activity', 'template'];

export type ChannelType =
	| 'Channel::Api'
	| 'Channel::WebWidget'
	| 'Channel::Email'
	| 'Channel::Sms'
	| 'Channel::Whatsapp'
	| 'Channel::Telegram'
	| 'Channel::TwilioSms'
	| 'Channel::FacebookPage'
	| 'Channel::Instagram'
	| 'Channel::Line';

export interface Account {
	id: number;
	name: string;
	locale: string;
	domain: string | null;
	support_email: string | null;
	status: 'active' | 'suspended';
	created_at: number;
	custom_attributes: Record<string, unknown>;
	settings: { auto_resolve_after: number | null; auto_resolve_message: string | null; auto_resolve_ignore_waiting: boolean | null };
	limits: Record<string, unknown>;
	features: Record<string, boolean>;
	branded_email_layout: string | null;
	/** Per-account counter behind `conversation.display_id`. */
	last_display_id: number;
}

export interface User {
	id: number;
	name: string;
	display_name: string | null;
	email: string;
	access_token: string;
	uid: string;
	pubsub_token: string;
	confirmed: boolean;
	custom_attributes: Record<string, unknown>;
	ui_settings: Record<string, unknown>;
	message_signature: string | null;
	type: 'SuperAdmin' | null;
	avatar_url: string;
	created_at: number;
}

export interface AccountUser {
	id: number;
	account_id: number;
	user_id: number;
	role: Role;
	availability: Availability;
	auto_offline: boolean;
	inviter_id: number | null;
	created_at: number;
}

export interface AgentBot {
	id: number;
	name: string;
	description: string | null;
	outgoing_url: string | null;
	bot_type: number;
	bot_config: Record<string, unknown>;
	/** null for a global (platform / system) bot. */
	account_id: number | null;
	access_token: string;
	secret: string;
	thumbnail: string;
	created_at: number;
}

export interface PlatformApp {
	id: number;
	name: string;
	access_token: string;
	/** Objects the app created or was granted: `Account:1`, `User:3`, `AgentBot:2`. */
	permissibles: Set<string>;
}

export interface Inbox {
	id: number;
	account_id: number;
	name: string;
	channel_type: ChannelType;
	channel_id: number;
	/** API channel: identifier used by the public client API. */
	inbox_identifier: string | null;
	/** API channel: where Chatwoot posts events for this inbox. */
	webhook_url: string | null;
	/** API channel: HMAC secret used to sign `webhook_url` deliveries. */
	secret: string | null;
	hmac_token: string | null;
	website_url: string | null;
	website_token: string | null;
	widget_color: string | null;
	greeting_enabled: boolean;
	greeting_message: string | null;
	enable_email_collect: boolean;
	csat_survey_enabled: boolean;
	enable_auto_assignment: boolean;
	working_hours_enabled: boolean;
	out_of_office_message: string | null;
	timezone: string;
	allow_messages_after_resolved: boolean;
	lock_to_single_conversation: boolean;
	sender_name_type: 'friendly' | 'professional';
	business_name: string | null;
	portal_id: number | null;
	agent_bot_id: number | null;
	member_ids: number[];
	email: string | null;
	phone_number: string | null;
	created_at: number;
}

export interface Contact {
	id: number;
	account_id: number;
	name: string;
	email: string | null;
	phone_number: string | null;
	identifier: string | null;
	blocked: boolean;
	thumbnail: string;
	additional_attributes: Record<string, unknown>;
	custom_attributes: Record<string, unknown>;
	availability_status: 'online' | 'offline';
	labels: string[];
	last_activity_at: number | null;
	created_at: number;
	updated_at: number;
}

/** A company (Enterprise CRM): contacts belong to one company at most (`contacts.company_id`). */
export interface Company {
	id: number;
	account_id: number;
	name: string;
	domain: string | null;
	description: string | null;
	custom_attributes: Record<string, unknown>;
	contact_ids: number[];
	created_at: number;
	updated_at: number;
}

export interface ContactInbox {
	id: number;
	contact_id: number;
	inbox_id: number;
	source_id: string;
	pubsub_token: string;
	hmac_verified: boolean;
	created_at: number;
}

export interface Team {
	id: number;
	account_id: number;
	name: string;
	description: string | null;
	allow_auto_assign: boolean;
	member_ids: number[];
	created_at: number;
}

export interface Label {
	id: number;
	account_id: number;
	title: string;
	description: string | null;
	color: string;
	show_on_sidebar: boolean;
	created_at: number;
}

export interface Conversation {
	/** Database id (never exposed by the REST API). */
	id: number;
	/** Per-account number; this is what the API calls `id`. */
	display_id: number;
	account_id: number;
	inbox_id: number;
	contact_id: number;
	contact_inbox_id: number;
	uuid: string;
	status: ConversationStatus;
	priority: Priority | null;
	assignee_id: number | null;
	/** Set when the conversation is assigned to an agent bot instead of a user. */
	assignee_agent_bot_id: number | null;
	team_id: number | null;
	labels: string[];
	custom_attributes: Record<string, unknown>;
	additional_attributes: Record<string, unknown>;
	snoozed_until: number | null;
	muted: boolean;
	created_at: number;
	/** Float seconds (rendered with `.to_f`). */
	updated_at: number;
	last_activity_at: number;
	agent_last_seen_at: number | null;
	assignee_last_seen_at: number | null;
	contact_last_seen_at: number | null;
	first_reply_created_at: number | null;
	waiting_since: number | null;
	sla_policy_id: number | null;
}

export interface Attachment {
	id: number;
	message_id: number;
	account_id: number;
	file_type: 'image' | 'audio' | 'video' | 'file' | 'location' | 'fallback' | 'share' | 'story_mention' | 'contact';
	extension: string | null;
	filename: string;
	content_type: string;
	file_size: number;
	width: number | null;
	height: number | null;
	data_url: string;
	thumb_url: string;
}

export interface MessageSender {
	type: 'User' | 'Contact' | 'AgentBot';
	id: number;
}

export interface Message {
	id: number;
	account_id: number;
	inbox_id: number;
	/** Database id of the conversation. */
	conversation_id: number;
	content: string | null;
	message_type: 0 | 1 | 2 | 3;
	content_type: string;
	content_attributes: Record<string, unknown>;
	additional_attributes: Record<string, unknown>;
	status: MessageStatus;
	private: boolean;
	source_id: string | null;
	echo_id: string | null;
	sender: MessageSender | null;
	attachments: Attachment[];
	created_at: number;
	updated_at: number;
}

export interface Note {
	id: number;
	account_id: number;
	contact_id: number;
	user_id: number | null;
	content: string;
	created_at: number;
	updated_at: number;
}

export interface CannedResponse {
	id: number;
	account_id: number;
	short_code: string;
	content: string;
	created_at: number;
	updated_at: number;
}

export interface CustomAttributeDefinition {
	id: number;
	account_id: number;
	attribute_display_name: string;
	attribute_display_type: number;
	attribute_description: string | null;
	attribute_key: string;
	attribute_values: unknown[];
	/** 0 = conversation_attribute, 1 = contact_attribute. */
	attribute_model: number;
	regex_pattern: string | null;
	regex_cue: string | null;
	default_value: unknown;
	created_at: number;
	updated_at: number;
}

export interface CustomFilter {
	id: number;
	account_id: number;
	user_id: number;
	name: string;
	filter_type: 'conversation' | 'contact' | 'report';
	query: Record<string, unknown>;
	created_at: number;
	updated_at: number;
}

export interface AutomationRule {
	id: number;
	account_id: number;
	name: string;
	description: string | null;
	event_name: string;
	conditions: unknown[];
	actions: unknown[];
	active: boolean;
	created_at: number;
}

export interface Webhook {
	id: number;
	account_id: number;
	inbox_id: number | null;
	name: string | null;
	url: string;
	subscriptions: string[];
	secret: string;
	/** 0 = account_type, 1 = inbox_type. */
	webhook_type: 0 | 1;
	created_at: number;
}

export interface Portal {
	id: number;
	account_id: number;
	name: string;
	slug: string;
	color: string | null;
	custom_domain: string | null;
	header_text: string | null;
	homepage_link: string | null;
	page_title: string | null;
	archived: boolean;
	config: Record<string, unknown>;
	channel_web_widget_id: number | null;
	created_at: number;
}

export interface Category {
	id: number;
	account_id: number;
	portal_id: number;
	name: string;
	slug: string;
	description: string | null;
	locale: string;
	position: number;
	icon: string | null;
	parent_category_id: number | null;
	associated_category_id: number | null;
}

export interface Article {
	id: number;
	account_id: number;
	portal_id: number;
	category_id: number | null;
	author_id: number | null;
	associated_article_id: number | null;
	title: string;
	slug: string;
	content: string | null;
	description: string | null;
	/** 0 draft, 1 published, 2 archived. */
	status: number;
	position: number | null;
	locale: string;
	meta: Record<string, unknown>;
	views: number;
	created_at: number;
	updated_at: number;
}

export interface IntegrationHook {
	id: number;
	account_id: number;
	app_id: string;
	inbox_id: number | null;
	/** 0 disabled, 1 enabled. */
	status: number;
	hook_type: 'account' | 'inbox';
	settings: Record<string, unknown>;
	created_at: number;
}

export interface AuditLog {
	id: number;
	account_id: number;
	auditable_id: number;
	auditable_type: string;
	action: 'create' | 'update' | 'destroy';
	audited_changes: Record<string, unknown>;
	user_id: number | null;
	username: string | null;
	created_at: number;
}

export interface ReportingEvent {
	id: number;
	account_id: number;
	name: 'first_response' | 'reply_time' | 'conversation_resolved' | 'conversation_opened' | 'conversation_bot_handoff';
	value: number;
	value_in_business_hours: number;
	conversation_id: number | null;
	inbox_id: number | null;
	user_id: number | null;
	event_start_time: number;
	event_end_time: number;
	created_at: number;
}

/** A notification of an agent (`Notification`); the fake only makes conversation notifications. */
export interface Notification {
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

export interface CsatSurveyResponse {
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
	/** Enterprise review notes (`PATCH /csat_survey_responses/:id`). */
	csat_review_notes?: string | null;
	review_notes_updated_at?: number | null;
	/** User id. */
	review_notes_updated_by?: number | null;
}

/** A transcript the server would mail (`POST /conversations/{id}/transcript`). */
export interface Transcript {
	/** Database id of the conversation. */
	conversationId: number;
	email: string;
}

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

/** A `POST /macros/{id}/execute` (the real server runs the macro in a job). */
export interface MacroExecution {
	macroId: number;
	conversationIds: number[];
	userId: number | null;
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
