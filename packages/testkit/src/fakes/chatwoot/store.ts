/**
 * In-memory state of the fake Chatwoot: every table, id sequences, the per-account
 * `display_id` counter, model validations and the domain operations shared by the routes,
 * the seed and the test helpers (`fake.addContact()` …).
 *
 * Facts followed here (see `shared/api/chatwoot.md`):
 * - §3: every primary id is an integer; conversations are addressed by a per-account display_id.
 * - §3: contact email is unique per account (case-insensitive) and must look like an email;
 *   identifier is unique per account; phone_number is unique per account and must match
 *   `/\+[1-9]\d{1,14}\z/` (note: the upstream regexp is not anchored at the start).
 * - §9.2: message webhooks fire only for incoming/outgoing/template messages.
 */
import { HttpError, notFound, recordInvalid, type FieldError } from './errors';
import type { AppliedSla, Call } from './routes/sla-calls';
import {
	MESSAGE_TYPES,
	type Account,
	type AccountUser,
	type AgentBot,
	type Article,
	type Attachment,
	type AuditLog,
	type AutomationRule,
	type Campaign,
	type CannedResponse,
	type Category,
	type CsatSurveyResponse,
	type ChannelType,
	type Contact,
	type ContactInbox,
	type Conversation,
	type ConversationStatus,
	type CustomAttributeDefinition,
	type CustomFilter,
	type Company,
	type DashboardApp,
	type Inbox,
	type IntegrationHook,
	type Label,
	type Macro,
	type MacroExecution,
	type Message,
	type MessageSender,
	type MessageTypeName,
	type Note,
	type Notification,
	type PlatformApp,
	type Portal,
	type Priority,
	type ReportingEvent,
	type Role,
	type Team,
	type Transcript,
	type User,
	type Webhook,
} from './types';

/** The 12 events of `Webhook::ALLOWED_WEBHOOK_EVENTS` [C-code] (§9.1). */
export const WEBHOOK_EVENTS = [
	'conversation_status_changed',
	'conversation_updated',
	'conversation_created',
	'contact_created',
	'contact_updated',
	'message_created',
	'message_updated',
	'webwidget_triggered',
	'inbox_created',
	'inbox_updated',
	'conversation_typing_on',
	'conversation_typing_off',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export type ChangedAttributes = Array<Record<string, { previous_value: unknown; current_value: unknown }>>;

/** A state change the webhook module may deliver (only when `deliverWebhooks` is on). */
export interface StoreEvent {
	event: WebhookEvent;
	accountId: number;
	contactId?: number;
	conversationId?: number;
	messageId?: number;
	inboxId?: number;
	changed_attributes?: ChangedAttributes;
}

export type AccessTokenOwner =
	| { kind: 'user'; user: User }
	| { kind: 'bot'; bot: AgentBot }
	| { kind: 'platform'; app: PlatformApp };

export interface StoreOptions {
	/** Milliseconds clock (default `Date.now`). */
	clock?: () => number;
	/** Seed of the deterministic generator behind tokens, uuids and source ids. */
	randomSeed?: number;
}

const DEVISE_EMAIL = /^[^@\s]+@[^@\s]+$/;
/** Upstream: `/\+[1-9]\d{1,14}\z/` — anchored at the end only. */
const E164_SUFFIX = /\+[1-9]\d{1,14}$/;

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/**
 * Adds a deterministic sub-second part to whole seconds, so float timestamps look like Rails'
 * `Time#to_f` (e.g. `1782864000.482913`) and never serialize as integers.
 */
export function withMicros(seconds: number): number {
	const whole = Math.floor(seconds);
	let micros = Math.round((seconds - whole) * 1e6);
	if (micros === 0) micros = ((whole * 7919) % 999_983) + 1;
	return Number((whole + micros / 1e6).toFixed(6));
}

/** Small deterministic PRNG (mulberry32). */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface ContactInput {
	name?: string | null;
	email?: string | null;
	phone_number?: string | null;
	identifier?: string | null;
	blocked?: boolean;
	thumbnail?: string;
	avatar_url?: string;
	additional_attributes?: Record<string, unknown>;
	custom_attributes?: Record<string, unknown>;
	availability_status?: 'online' | 'offline';
	labels?: string[];
	last_activity_at?: number | null;
	created_at?: number;
}

export interface ConversationInput {
	inbox_id: number;
	contact_id: number;
	source_id?: string | null;
	status?: ConversationStatus;
	priority?: Priority | null;
	assignee_id?: number | null;
	assignee_agent_bot_id?: number | null;
	team_id?: number | null;
	labels?: string[];
	custom_attributes?: Record<string, unknown>;
	additional_attributes?: Record<string, unknown>;
	snoozed_until?: number | null;
	created_at?: number;
}

export interface AttachmentInput {
	filename: string;
	content_type?: string;
	size?: number;
	file_type?: Attachment['file_type'];
}

export interface MessageInput {
	content?: string | null;
	/** Name or integer; default `outgoing`. */
	message_type?: MessageTypeName | 0 | 1 | 2 | 3;
	private?: boolean;
	content_type?: string;
	content_attributes?: Record<string, unknown>;
	additional_attributes?: Record<string, unknown>;
	sender?: MessageSender | null;
	attachments?: AttachmentInput[];
	echo_id?: string | null;
	source_id?: string | null;
	status?: Message['status'];
	created_at?: number;
}

export class ChatwootState {
	accounts: Account[] = [];
	users: User[] = [];
	accountUsers: AccountUser[] = [];
	agentBots: AgentBot[] = [];
	platformApps: PlatformApp[] = [];
	inboxes: Inbox[] = [];
	contacts: Contact[] = [];
	contactInboxes: ContactInbox[] = [];
	teams: Team[] = [];
	labels: Label[] = [];
	conversations: Conversation[] = [];
	messages: Message[] = [];
	notes: Note[] = [];
	cannedResponses: CannedResponse[] = [];
	customAttributeDefinitions: CustomAttributeDefinition[] = [];
	customFilters: CustomFilter[] = [];
	automationRules: AutomationRule[] = [];
	webhooks: Webhook[] = [];
	portals: Portal[] = [];
	categories: Category[] = [];
	articles: Article[] = [];
	integrationHooks: IntegrationHook[] = [];
	auditLogs: AuditLog[] = [];
	reportingEvents: ReportingEvent[] = [];
	notifications: Notification[] = [];
	csatResponses: CsatSurveyResponse[] = [];
	/** Enterprise applied SLAs and voice calls (routes/sla-calls.ts). */
	appliedSlas: AppliedSla[] = [];
	calls: Call[] = [];
	/** Conversation database id → participating user ids. */
	participants = new Map<number, number[]>();
	/** Every transcript asked for, in order (the real server mails it). */
	transcripts: Transcript[] = [];
	/** Every bulk action received, in order (the real server runs it in a job; the fake applies it at once). */
	bulkActions: Array<Record<string, unknown>> = [];
	/** Every contact export asked for, in order (the real server builds the CSV in a job and mails it). */
	/** Every contact CSV import received (the real server imports it in a job as a data import). */
	contactImports: Array<{ account_id: number; filename: string; content_type: string; text: string }> = [];
	contactExports: Array<{ account_id: number; user_id: number | null; column_names: unknown; payload: unknown; label: unknown }> = [];
	macros: Macro[] = [];
	/** Every macro execution asked for, in order (the real server runs it in a job). */
	macroExecutions: MacroExecution[] = [];
	campaigns: Campaign[] = [];
	dashboardApps: DashboardApp[] = [];
	/** Enterprise companies (routes/companies.ts). */
	companies: Company[] = [];

	/** Base URL used in rendered links (`data_url`, SSO urls); set by `fake.start()`. */
	baseUrl = 'http://127.0.0.1';

	/**
	 * Whether new account webhooks get a secret (Chatwoot ≥ ~4.11). `false` acts like an older
	 * Chatwoot: webhooks are created without one, the API returns none and deliveries are unsigned.
	 */
	webhookSecrets = true;

	private readonly sequences = new Map<string, number>();
	private readonly listeners: Array<(event: StoreEvent) => void> = [];
	private readonly random: () => number;
	readonly clock: () => number;

	constructor(options: StoreOptions = {}) {
		this.clock = options.clock ?? Date.now;
		this.random = mulberry32(options.randomSeed ?? 20260717);
	}

	// ---------------------------------------------------------------- ids, time, randomness

	nextId(table: string): number {
		const next = (this.sequences.get(table) ?? 0) + 1;
		this.sequences.set(table, next);
		return next;
	}

	/** Integer Unix seconds. */
	now(): number {
		return Math.floor(this.clock() / 1000);
	}

	/** Float Unix seconds (conversation `updated_at`), with microseconds like Rails' `to_f`. */
	nowFloat(): number {
		return withMicros(this.clock() / 1000);
	}

	randomInt(maxExclusive: number): number {
		return Math.floor(this.random() * maxExclusive);
	}

	/** A `has_secure_token`-style token (base58, 24 chars by default). */
	token(length = 24): string {
		let out = '';
		for (let i = 0; i < length; i++) out += BASE58[this.randomInt(BASE58.length)];
		return out;
	}

	uuid(): string {
		const hex = Array.from({ length: 32 }, () => this.randomInt(16).toString(16));
		hex[12] = '4';
		hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
		const s = hex.join('');
		return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
	}

	// ---------------------------------------------------------------- events

	onEvent(listener: (event: StoreEvent) => void): () => void {
		this.listeners.push(listener);
		return () => {
			const i = this.listeners.indexOf(listener);
			if (i >= 0) this.listeners.splice(i, 1);
		};
	}

	emit(event: StoreEvent): void {
		for (const listener of [...this.listeners]) listener(event);
	}

	// ---------------------------------------------------------------- accounts, users, tokens

	createAccount(input: Partial<Account> & { name: string }): Account {
		const account: Account = {
			id: input.id ?? this.nextId('accounts'),
			name: input.name,
			locale: input.locale ?? 'en',
			domain: input.domain ?? null,
			support_email: input.support_email ?? null,
			status: input.status ?? 'active',
			created_at: input.created_at ?? this.now(),
			custom_attributes: input.custom_attributes ?? {},
			settings: input.settings ?? { auto_resolve_after: null, auto_resolve_message: null, auto_resolve_ignore_waiting: false },
			limits: input.limits ?? {},
			features: input.features ?? { api_and_webhooks: true, agent_bots: true, channel_website: true, help_center: true, reports: true },
			branded_email_layout: input.branded_email_layout ?? null,
			last_display_id: 0,
		};
		this.accounts.push(account);
		return account;
	}

	account(id: number | string): Account | undefined {
		return this.accounts.find((a) => a.id === Number(id));
	}

	createUser(input: Partial<User> & { name: string; email: string }): User {
		const id = input.id ?? this.nextId('users');
		const user: User = {
			id,
			name: input.name,
			display_name: input.display_name ?? null,
			email: input.email.toLowerCase(),
			access_token: input.access_token ?? this.token(),
			uid: input.email.toLowerCase(),
			pubsub_token: input.pubsub_token ?? this.token(),
			confirmed: input.confirmed ?? true,
			custom_attributes: input.custom_attributes ?? {},
			ui_settings: input.ui_settings ?? {},
			message_signature: input.message_signature ?? null,
			type: input.type ?? null,
			avatar_url: input.avatar_url ?? '',
			created_at: input.created_at ?? this.now(),
		};
		this.users.push(user);
		return user;
	}

	user(id: number | string): User | undefined {
		return this.users.find((u) => u.id === Number(id));
	}

	addUserToAccount(accountId: number, userId: number, role: Role = 'agent', extra: Partial<AccountUser> = {}): AccountUser {
		const existing = this.accountUser(accountId, userId);
		if (existing) {
			existing.role = role;
			return existing;
		}
		const accountUser: AccountUser = {
			id: this.nextId('account_users'),
			account_id: accountId,
			user_id: userId,
			role,
			availability: extra.availability ?? 'offline',
			auto_offline: extra.auto_offline ?? true,
			inviter_id: extra.inviter_id ?? null,
			created_at: extra.created_at ?? this.now(),
		};
		this.accountUsers.push(accountUser);
		return accountUser;
	}

	accountUser(accountId: number, userId: number): AccountUser | undefined {
		return this.accountUsers.find((au) => au.account_id === accountId && au.user_id === userId);
	}

	/** Users of an account, in membership order. */
	agentsOf(accountId: number): Array<{ user: User; membership: AccountUser }> {
		return this.accountUsers
			.filter((au) => au.account_id === accountId)
			.map((membership) => ({ user: this.user(membership.user_id)!, membership }))
			.filter((x) => x.user !== undefined);
	}

	createAgentBot(input: Partial<AgentBot> & { name: string }): AgentBot {
		const bot: AgentBot = {
			id: input.id ?? this.nextId('agent_bots'),
			name: input.name,
			description: input.description ?? null,
			outgoing_url: input.outgoing_url ?? null,
			bot_type: input.bot_type ?? 0,
			bot_config: input.bot_config ?? {},
			account_id: input.account_id ?? null,
			access_token: input.access_token ?? this.token(),
			secret: input.secret ?? this.token(),
			thumbnail: input.thumbnail ?? '',
			created_at: input.created_at ?? this.now(),
		};
		this.agentBots.push(bot);
		return bot;
	}

	createPlatformApp(name: string, accessToken?: string): PlatformApp {
		const app: PlatformApp = { id: this.nextId('platform_apps'), name, access_token: accessToken ?? this.token(), permissibles: new Set() };
		this.platformApps.push(app);
		return app;
	}

	/** `AccessToken.find_by(token:)&.owner`. */
	findAccessTokenOwner(token: string): AccessTokenOwner | undefined {
		const user = this.users.find((u) => u.access_token === token);
		if (user) return { kind: 'user', user };
		const bot = this.agentBots.find((b) => b.access_token === token);
		if (bot) return { kind: 'bot', bot };
		const app = this.platformApps.find((a) => a.access_token === token);
		if (app) return { kind: 'platform', app };
		return undefined;
	}

	// ---------------------------------------------------------------- inboxes

	createInbox(accountId: number, input: Partial<Inbox> & { name: string; channel_type?: ChannelType }): Inbox {
		const channelType = input.channel_type ?? 'Channel::Api';
		const isApi = channelType === 'Channel::Api';
		const isWidget = channelType === 'Channel::WebWidget';
		const inbox: Inbox = {
			id: input.id ?? this.nextId('inboxes'),
			account_id: accountId,
			name: input.name,
			channel_type: channelType,
			channel_id: input.channel_id ?? this.nextId(`channel:${channelType}`),
			inbox_identifier: isApi ? (input.inbox_identifier ?? this.token()) : null,
			webhook_url: isApi ? (input.webhook_url ?? null) : null,
			secret: isApi ? (input.secret ?? this.token()) : null,
			hmac_token: isApi || isWidget ? (input.hmac_token ?? this.token()) : null,
			website_url: isWidget ? (input.website_url ?? 'https://www.example.com') : null,
			website_token: isWidget ? (input.website_token ?? this.token()) : null,
			widget_color: isWidget ? (input.widget_color ?? '#1f93ff') : null,
			greeting_enabled: input.greeting_enabled ?? false,
			greeting_message: input.greeting_message ?? null,
			enable_email_collect: input.enable_email_collect ?? true,
			csat_survey_enabled: input.csat_survey_enabled ?? false,
			enable_auto_assignment: input.enable_auto_assignment ?? true,
			working_hours_enabled: input.working_hours_enabled ?? false,
			out_of_office_message: input.out_of_office_message ?? null,
			timezone: input.timezone ?? 'UTC',
			allow_messages_after_resolved: input.allow_messages_after_resolved ?? true,
			lock_to_single_conversation: input.lock_to_single_conversation ?? false,
			sender_name_type: input.sender_name_type ?? 'friendly',
			business_name: input.business_name ?? null,
			portal_id: input.portal_id ?? null,
			agent_bot_id: input.agent_bot_id ?? null,
			member_ids: input.member_ids ?? [],
			email: input.email ?? null,
			phone_number: input.phone_number ?? null,
			created_at: input.created_at ?? this.now(),
		};
		this.inboxes.push(inbox);
		return inbox;
	}

	inbox(accountId: number, id: number | string): Inbox | undefined {
		return this.inboxes.find((i) => i.account_id === accountId && i.id === Number(id));
	}

	inboxByIdentifier(identifier: string): Inbox | undefined {
		return this.inboxes.find((i) => i.channel_type === 'Channel::Api' && i.inbox_identifier === identifier);
	}

	// ---------------------------------------------------------------- contacts

	contactsOf(accountId: number): Contact[] {
		return this.contacts.filter((c) => c.account_id === accountId);
	}

	contact(accountId: number, id: number | string): Contact | undefined {
		if (!/^\d+$/.test(String(id))) return undefined;
		return this.contacts.find((c) => c.account_id === accountId && c.id === Number(id));
	}

	/** Runs Chatwoot's contact validations; returns the field errors (empty when valid). */
	validateContact(accountId: number, candidate: Pick<Contact, 'email' | 'phone_number' | 'identifier'>, selfId?: number): FieldError[] {
		const errors: FieldError[] = [];
		const others = this.contactsOf(accountId).filter((c) => c.id !== selfId);
		if (candidate.email) {
			if (others.some((c) => c.email !== null && c.email.toLowerCase() === candidate.email!.toLowerCase())) {
				errors.push({ attribute: 'email', message: 'has already been taken' });
			}
			// [I] message text: `errors.contacts.email.invalid`.
			if (!DEVISE_EMAIL.test(candidate.email)) errors.push({ attribute: 'email', message: 'Invalid email' });
		}
		if (candidate.identifier && others.some((c) => c.identifier === candidate.identifier)) {
			errors.push({ attribute: 'identifier', message: 'has already been taken' });
		}
		if (candidate.phone_number) {
			if (others.some((c) => c.phone_number === candidate.phone_number)) {
				errors.push({ attribute: 'phone_number', message: 'has already been taken' });
			}
			// [I] message text: `errors.contacts.phone_number.invalid`.
			if (!E164_SUFFIX.test(candidate.phone_number)) {
				errors.push({ attribute: 'phone_number', message: 'should be in e164 format' });
			}
		}
		return errors;
	}

	/** Creates a contact after Chatwoot's validations (422 `{message, attributes}` on failure). */
	createContact(accountId: number, input: ContactInput, options: { emit?: boolean } = {}): Contact {
		const blankToNull = (v: string | null | undefined) => (v === undefined || v === null || String(v).trim() === '' ? null : String(v));
		const email = blankToNull(input.email);
		const candidate = {
			email: email ? email.toLowerCase() : null,
			phone_number: blankToNull(input.phone_number),
			identifier: blankToNull(input.identifier),
		};
		const errors = this.validateContact(accountId, candidate);
		if (errors.length) throw recordInvalid(errors);
		const now = this.now();
		const contact: Contact = {
			id: this.nextId('contacts'),
			account_id: accountId,
			name: input.name ?? '',
			...candidate,
			blocked: input.blocked ?? false,
			thumbnail: input.thumbnail ?? input.avatar_url ?? '',
			additional_attributes: { ...(input.additional_attributes ?? {}) },
			custom_attributes: { ...(input.custom_attributes ?? {}) },
			availability_status: input.availability_status ?? 'offline',
			labels: [...(input.labels ?? [])],
			last_activity_at: input.last_activity_at ?? null,
			created_at: input.created_at ?? now,
			updated_at: input.created_at ?? now,
		};
		this.contacts.push(contact);
		if (options.emit !== false) this.emit({ event: 'contact_created', accountId, contactId: contact.id });
		return contact;
	}

	/**
	 * Updates a contact like `ContactsController#update`: plain attributes are replaced,
	 * `custom_attributes` and `additional_attributes` are merged into the existing ones (§5).
	 */
	updateContact(contact: Contact, input: ContactInput): Contact {
		const next = { ...contact };
		const changed: ChangedAttributes = [];
		const set = <K extends keyof Contact>(key: K, value: Contact[K]) => {
			if (JSON.stringify(next[key]) !== JSON.stringify(value)) {
				changed.push({ [key]: { previous_value: next[key], current_value: value } });
				next[key] = value;
			}
		};
		const blankToNull = (v: unknown) => (v === undefined || v === null || String(v).trim() === '' ? null : String(v));
		if (input.name !== undefined) set('name', input.name ?? '');
		if (input.email !== undefined) set('email', blankToNull(input.email)?.toLowerCase() ?? null);
		if (input.phone_number !== undefined) set('phone_number', blankToNull(input.phone_number));
		if (input.identifier !== undefined) set('identifier', blankToNull(input.identifier));
		if (input.blocked !== undefined) set('blocked', input.blocked);
		if (input.avatar_url !== undefined) set('thumbnail', input.avatar_url);
		if (input.additional_attributes !== undefined) set('additional_attributes', { ...contact.additional_attributes, ...input.additional_attributes });
		if (input.custom_attributes !== undefined) set('custom_attributes', { ...contact.custom_attributes, ...input.custom_attributes });
		const errors = this.validateContact(contact.account_id, next, contact.id);
		if (errors.length) throw recordInvalid(errors);
		if (changed.length) {
			next.updated_at = this.now();
			Object.assign(contact, next);
			this.emit({ event: 'contact_updated', accountId: contact.account_id, contactId: contact.id, changed_attributes: changed });
		}
		return contact;
	}

	deleteContact(contact: Contact): void {
		const conversationIds = new Set(this.conversations.filter((c) => c.contact_id === contact.id).map((c) => c.id));
		this.messages = this.messages.filter((m) => !conversationIds.has(m.conversation_id));
		this.conversations = this.conversations.filter((c) => !conversationIds.has(c.id));
		this.contactInboxes = this.contactInboxes.filter((ci) => ci.contact_id !== contact.id);
		this.notes = this.notes.filter((n) => n.contact_id !== contact.id);
		this.contacts = this.contacts.filter((c) => c.id !== contact.id);
	}

	contactInboxesOf(contactId: number): ContactInbox[] {
		return this.contactInboxes.filter((ci) => ci.contact_id === contactId);
	}

	/** Finds or creates the contact_inbox; a new one gets `source_id` (or a uuid). */
	ensureContactInbox(contact: Contact, inbox: Inbox, sourceId?: string | null): ContactInbox {
		if (sourceId) {
			const bySource = this.contactInboxes.find((ci) => ci.inbox_id === inbox.id && ci.source_id === sourceId);
			if (bySource) {
				if (bySource.contact_id !== contact.id) throw new HttpError(422, { error: 'source_id should be unique' });
				return bySource;
			}
		} else {
			const existing = this.contactInboxes.find((ci) => ci.contact_id === contact.id && ci.inbox_id === inbox.id);
			if (existing) return existing;
		}
		const contactInbox: ContactInbox = {
			id: this.nextId('contact_inboxes'),
			contact_id: contact.id,
			inbox_id: inbox.id,
			source_id: sourceId || this.defaultSourceId(contact, inbox),
			pubsub_token: this.token(),
			hmac_verified: false,
			created_at: this.now(),
		};
		this.contactInboxes.push(contactInbox);
		return contactInbox;
	}

	private defaultSourceId(contact: Contact, inbox: Inbox): string {
		if (inbox.channel_type === 'Channel::Email' && contact.email) return contact.email;
		if ((inbox.channel_type === 'Channel::Sms' || inbox.channel_type === 'Channel::Whatsapp') && contact.phone_number) {
			return contact.phone_number;
		}
		return this.uuid();
	}

	// ---------------------------------------------------------------- conversations

	conversationsOf(accountId: number): Conversation[] {
		return this.conversations.filter((c) => c.account_id === accountId);
	}

	/** `Current.account.conversations.find_by!(display_id:)`. */
	conversationByDisplayId(accountId: number, displayId: number | string): Conversation | undefined {
		if (!/^\d+$/.test(String(displayId))) return undefined;
		return this.conversations.find((c) => c.account_id === accountId && c.display_id === Number(displayId));
	}

	createConversation(accountId: number, input: ConversationInput, options: { emit?: boolean } = {}): Conversation {
		const account = this.account(accountId);
		if (!account) throw notFound();
		const inbox = this.inbox(accountId, input.inbox_id);
		const contact = this.contact(accountId, input.contact_id);
		if (!inbox || !contact) throw notFound();
		const contactInbox = this.ensureContactInbox(contact, inbox, input.source_id);
		const createdAt = input.created_at ?? this.now();
		account.last_display_id += 1;
		const status: ConversationStatus = input.status ?? (inbox.agent_bot_id ? 'pending' : 'open');
		const conversation: Conversation = {
			id: this.nextId('conversations'),
			display_id: account.last_display_id,
			account_id: accountId,
			inbox_id: inbox.id,
			contact_id: contact.id,
			contact_inbox_id: contactInbox.id,
			uuid: this.uuid(),
			status,
			priority: input.priority ?? null,
			assignee_id: input.assignee_id ?? null,
			assignee_agent_bot_id: input.assignee_agent_bot_id ?? null,
			team_id: input.team_id ?? null,
			labels: [...(input.labels ?? [])],
			custom_attributes: { ...(input.custom_attributes ?? {}) },
			additional_attributes: { ...(input.additional_attributes ?? {}) },
			snoozed_until: status === 'snoozed' ? (input.snoozed_until ?? null) : null,
			muted: false,
			created_at: createdAt,
			updated_at: withMicros(createdAt),
			last_activity_at: createdAt,
			agent_last_seen_at: null,
			assignee_last_seen_at: null,
			contact_last_seen_at: null,
			first_reply_created_at: null,
			waiting_since: createdAt,
			sla_policy_id: null,
		};
		this.conversations.push(conversation);
		if (options.emit !== false) this.emit({ event: 'conversation_created', accountId, conversationId: conversation.id });
		return conversation;
	}

	/** Applies attribute changes, bumps `updated_at` and emits `conversation_updated` / `conversation_status_changed`. */
	updateConversation(conversation: Conversation, changes: Partial<Conversation>): ChangedAttributes {
		const changed: ChangedAttributes = [];
		for (const [key, value] of Object.entries(changes) as Array<[keyof Conversation, unknown]>) {
			if (JSON.stringify(conversation[key]) !== JSON.stringify(value)) {
				changed.push({ [key]: { previous_value: conversation[key], current_value: value } });
				(conversation as unknown as Record<string, unknown>)[key] = value;
			}
		}
		if (changed.length) {
			conversation.updated_at = Number(Math.max(this.nowFloat(), conversation.updated_at + 0.001).toFixed(6));
			const statusChanged = changed.some((c) => 'status' in c);
			if (statusChanged) {
				this.emit({ event: 'conversation_status_changed', accountId: conversation.account_id, conversationId: conversation.id, changed_attributes: changed });
			}
			this.emit({ event: 'conversation_updated', accountId: conversation.account_id, conversationId: conversation.id, changed_attributes: changed });
		}
		return changed;
	}

	deleteConversation(conversation: Conversation): void {
		this.messages = this.messages.filter((m) => m.conversation_id !== conversation.id);
		this.conversations = this.conversations.filter((c) => c.id !== conversation.id);
	}

	// ---------------------------------------------------------------- messages

	messagesOf(conversation: Conversation): Message[] {
		return this.messages.filter((m) => m.conversation_id === conversation.id).sort((a, b) => a.id - b.id);
	}

	conversationOfMessage(message: Message): Conversation | undefined {
		return this.conversations.find((c) => c.id === message.conversation_id);
	}

	createMessage(conversation: Conversation, input: MessageInput, options: { emit?: boolean } = {}): Message {
		const typeValue = input.message_type ?? 'outgoing';
		const messageType = (typeof typeValue === 'number' ? typeValue : MESSAGE_TYPES[typeValue]) as Message['message_type'];
		if (messageType === undefined) throw new HttpError(422, { error: `'${String(typeValue)}' is not a valid message_type` });
		const createdAt = input.created_at ?? this.now();
		const contact = this.contacts.find((c) => c.id === conversation.contact_id);
		const sender: MessageSender | null =
			input.sender !== undefined ? input.sender : messageType === 0 && contact ? { type: 'Contact', id: contact.id } : null;
		const id = this.nextId('messages');
		const attachments: Attachment[] = (input.attachments ?? []).map((a) => this.buildAttachment(conversation.account_id, id, a));
		const message: Message = {
			id,
			account_id: conversation.account_id,
			inbox_id: conversation.inbox_id,
			conversation_id: conversation.id,
			content: input.content ?? null,
			message_type: messageType,
			content_type: input.content_type ?? 'text',
			content_attributes: { ...(input.content_attributes ?? {}) },
			additional_attributes: { ...(input.additional_attributes ?? {}) },
			status: input.status ?? 'sent',
			private: input.private ?? false,
			source_id: input.source_id ?? null,
			echo_id: input.echo_id ?? null,
			sender,
			attachments,
			created_at: createdAt,
			updated_at: createdAt,
		};
		this.messages.push(message);
		this.afterMessageCreated(conversation, message, contact);
		if (options.emit !== false && messageType !== MESSAGE_TYPES.activity) {
			this.emit({ event: 'message_created', accountId: conversation.account_id, messageId: message.id, conversationId: conversation.id });
		}
		return message;
	}

	private afterMessageCreated(conversation: Conversation, message: Message, contact: Contact | undefined): void {
		if (message.message_type === MESSAGE_TYPES.activity) return;
		conversation.last_activity_at = Math.max(conversation.last_activity_at, message.created_at);
		if (message.created_at >= conversation.updated_at) conversation.updated_at = withMicros(message.created_at);
		if (message.message_type === MESSAGE_TYPES.incoming) {
			if (conversation.waiting_since === null) conversation.waiting_since = message.created_at;
			if (contact) contact.last_activity_at = message.created_at;
			// Chatwoot reopens resolved/snoozed conversations when the contact writes again.
			if ((conversation.status === 'resolved' || conversation.status === 'snoozed') && !conversation.muted) {
				conversation.status = 'open';
				conversation.snoozed_until = null;
			}
		} else if (message.message_type === MESSAGE_TYPES.outgoing && !message.private && message.sender?.type === 'User') {
			if (conversation.first_reply_created_at === null) conversation.first_reply_created_at = message.created_at;
			conversation.waiting_since = null;
		}
	}

	private buildAttachment(accountId: number, messageId: number, input: AttachmentInput): Attachment {
		const id = this.nextId('attachments');
		const contentType = input.content_type ?? 'application/octet-stream';
		const dot = input.filename.lastIndexOf('.');
		const extension = dot > 0 ? input.filename.slice(dot + 1).toLowerCase() : null;
		const fileType: Attachment['file_type'] =
			input.file_type ??
			(contentType.startsWith('image/') ? 'image' : contentType.startsWith('audio/') ? 'audio' : contentType.startsWith('video/') ? 'video' : 'file');
		const blobPath = `/rails/active_storage/blobs/redirect/${this.token(16)}/${encodeURIComponent(input.filename)}`;
		return {
			id,
			message_id: messageId,
			account_id: accountId,
			file_type: fileType,
			extension,
			filename: input.filename,
			content_type: contentType,
			file_size: input.size ?? 0,
			width: null,
			height: null,
			data_url: blobPath,
			thumb_url: fileType === 'image' ? `${blobPath}?thumb=250` : '',
		};
	}

	// ---------------------------------------------------------------- generic helpers

	teamsOf(accountId: number): Team[] {
		return this.teams.filter((t) => t.account_id === accountId);
	}

	team(accountId: number, id: number | string): Team | undefined {
		return this.teams.find((t) => t.account_id === accountId && t.id === Number(id));
	}

	labelsOf(accountId: number): Label[] {
		return this.labels.filter((l) => l.account_id === accountId);
	}

	createLabel(accountId: number, input: Partial<Label> & { title: string }): Label {
		// Chatwoot stores label titles downcased and validates `[\p{L}\d_-]+` [I].
		const title = input.title.toLowerCase();
		const errors: FieldError[] = [];
		if (!/^[\p{L}\d_-]+$/u.test(title)) errors.push({ attribute: 'title', message: 'is invalid' });
		if (this.labelsOf(accountId).some((l) => l.title === title)) errors.push({ attribute: 'title', message: 'has already been taken' });
		if (errors.length) throw recordInvalid(errors);
		const label: Label = {
			id: this.nextId('labels'),
			account_id: accountId,
			title,
			description: input.description ?? null,
			color: input.color ?? '#1f93ff',
			show_on_sidebar: input.show_on_sidebar ?? true,
			created_at: this.now(),
		};
		this.labels.push(label);
		return label;
	}

	createWebhook(accountId: number, input: { url: string; name?: string | null; subscriptions: string[]; inbox_id?: number | null }): Webhook {
		const webhook: Webhook = {
			id: this.nextId('webhooks'),
			account_id: accountId,
			inbox_id: input.inbox_id ?? null,
			name: input.name ?? null,
			url: input.url,
			subscriptions: [...input.subscriptions],
			secret: this.webhookSecrets ? this.token() : '',
			// API-created webhooks are account_type; `inbox_id` only narrows delivery to that inbox [I].
			webhook_type: 0,
			created_at: this.now(),
		};
		this.webhooks.push(webhook);
		return webhook;
	}

	/** `Webhook` model validations: http(s) url unique per account, non-empty allowed subscriptions (§9.1). */
	validateWebhook(accountId: number, candidate: { url?: unknown; subscriptions?: unknown }, selfId?: number): FieldError[] {
		const errors: FieldError[] = [];
		const url = typeof candidate.url === 'string' ? candidate.url : '';
		if (!/^https?:\/\/[^\s]+$/i.test(url)) errors.push({ attribute: 'url', message: 'is invalid' });
		else if (this.webhooks.some((w) => w.account_id === accountId && w.url === url && w.id !== selfId)) {
			errors.push({ attribute: 'url', message: 'has already been taken' });
		}
		const subscriptions = candidate.subscriptions;
		if (
			!Array.isArray(subscriptions) ||
			subscriptions.length === 0 ||
			subscriptions.some((s) => !(WEBHOOK_EVENTS as readonly string[]).includes(String(s)))
		) {
			errors.push({ attribute: 'subscriptions', message: 'Invalid events' });
		}
		return errors;
	}

	addAuditLog(accountId: number, auditableType: string, auditableId: number, action: AuditLog['action'], user: User | undefined, changes: Record<string, unknown> = {}): void {
		this.auditLogs.push({
			id: this.nextId('audit_logs'),
			account_id: accountId,
			auditable_id: auditableId,
			auditable_type: auditableType,
			action,
			audited_changes: changes,
			user_id: user?.id ?? null,
			username: user?.email ?? null,
			created_at: this.now(),
		});
	}
}
