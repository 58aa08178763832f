/**
 * Wire shapes of what the fake keeps, with Crisp's field names: the Node client's response types
 * [C-client lib/resources/*.ts] and, where they differ (operators), the Go client's json tags [C-go].
 * Timestamps are milliseconds since the epoch [C-doc].
 */

export type Tier = 'plugin' | 'website' | 'user';
export type ConversationState = 'pending' | 'unresolved' | 'resolved';
export type MessageType = 'text' | 'note' | 'file' | 'animation' | 'audio' | 'picker' | 'field' | 'carousel' | 'event';
export type MessageFrom = 'user' | 'operator';
export type Json = Record<string, unknown>;

export interface Website {
	website_id: string;
	name: string;
	domain: string;
	logo: string | null;
}

export interface MessageUser {
	type?: string;
	user_id?: string;
	nickname?: string;
	avatar?: string;
}

export interface ConversationMeta {
	nickname: string;
	email: string;
	phone: string;
	address: string;
	subject: string;
	ip: string;
	avatar: string;
	origin: string;
	data: Record<string, string | number | boolean>;
	segments: string[];
	device: Json;
	connection: Json;
}

export interface Conversation {
	session_id: string;
	website_id: string;
	inbox_id: string | null;
	people_id?: string;
	state: ConversationState;
	status: number;
	is_verified: boolean;
	is_blocked: boolean;
	availability: string;
	active: { now: boolean; last: number };
	last_message: string;
	preview_message?: { type: string; from: MessageFrom; excerpt: string; fingerprint: number };
	topic: string;
	verifications: Json[];
	participants: { type: string; target: string }[];
	mentions: string[];
	compose: Json;
	unread: { operator: number; visitor: number };
	assigned?: { user_id: string };
	meta: ConversationMeta;
	created_at: number;
	updated_at: number;
	waiting_since?: number;
}

export interface Message {
	session_id: string;
	website_id: string;
	type: MessageType;
	from: MessageFrom;
	origin: string;
	content: unknown;
	preview: Json[];
	mentions: string[];
	read: string;
	delivered: string;
	stamped: boolean;
	edited: boolean;
	translated: boolean;
	automated: boolean;
	fingerprint: number;
	timestamp: number;
	user: MessageUser;
	references?: Json[];
	original?: { original_id: string };
	properties?: Json;
}

export interface ConversationPage {
	page_title: string;
	page_url: string;
	page_referrer: string;
	timestamp: number;
}

export interface ConversationEvent {
	text: string;
	data: Json;
	color: string;
	timestamp: number;
}

export interface ConversationFile {
	name: string;
	type: string;
	url: string;
	fingerprint: number;
	timestamp: number;
}

export interface PeoplePerson {
	nickname?: string;
	avatar?: string;
	gender?: string;
	phone?: string;
	address?: string;
	description?: string;
	website?: string;
	timezone?: number;
	profiles?: Json[];
	employment?: Json;
	geolocation?: Json;
	locales?: string[];
}

export interface PeopleProfile {
	people_id: string;
	email: string;
	person: PeoplePerson;
	company: Json;
	segments: string[];
	notepad: string;
	active: { now: boolean; last: number };
	score: number;
	created_at: number;
	updated_at: number;
}

export interface PeopleEvent {
	text: string;
	data?: Json;
	color?: string;
	timestamp: number;
}

/** `details` of an operator list item [C-go WebsiteOperator json tags]. */
export interface OperatorDetails {
	user_id: string;
	email: string;
	avatar: string | null;
	first_name: string;
	last_name: string;
	role: 'owner' | 'member';
	title: string | null;
	availability: 'online' | 'away' | 'offline';
	has_token: boolean;
	identifier?: string;
	key?: string;
}

export interface Operator {
	type: 'operator' | 'invitation';
	details: OperatorDetails;
	/** Last activity (for `operators/active`), not on the wire of `operators/list`. */
	last_active?: number;
}

export interface Inbox {
	inbox_id: string;
	name: string;
	emoji?: string;
	order: number;
	operators: string[];
	teams?: string[];
	conditions: Json[];
	created_at: number;
	updated_at: number;
}

export interface Team {
	team_id: string;
	name: string;
	emoji?: string;
	operators: string[];
	created_at: number;
	updated_at: number;
}

export interface HelpdeskEntry {
	path: string;
	entity_id: string;
	/** [I] "group" (a category) or "entry" (an article); [C-client] statistics count entries and groups. */
	type: 'group' | 'entry';
	slug: string;
	title: string;
	state: { published: boolean; hidden: boolean; featured: boolean };
	content: string;
	metadata: Json;
	created_at: number;
	updated_at: number;
}

export interface HelpdeskLocale {
	locale_id: string;
	locale: string;
	url: string;
}

export interface Helpdesk {
	name: string;
	url: string;
	domain: { root: string; basic: string; custom: string | null; verified: boolean };
	settings: Json;
	locales: Map<string, HelpdeskLocale>;
	/** Keyed by `${locale}/${contentType}`, then by path. */
	trees: Map<string, Map<string, HelpdeskEntry>>;
	redirections: Map<string, Json>;
	changes: Json[];
}

export interface PluginSubscriptionRecord {
	plugin_id: string;
	website_id: string;
	token: string;
	settings: Json;
	since: number;
}
