/**
 * The fake's state: websites and everything under them, with the changes workflows make
 * (conversations, messages, metas, routing, people …). Every change that Crisp would announce on
 * its RTM channel is recorded as a hook event (`events`), which `hooks.ts` delivers.
 *
 * Ids are Crisp-shaped and deterministic: UUIDs from a seeded PRNG, `session_` + UUID for
 * conversations, integer fingerprints ≈ timestamp × 100 + n (the documented example
 * 150698569649423 sits next to its timestamp 1506985696616) [C-doc; I the formula].
 */
import { prng } from '../cliengo/seed';
import { STATE_STATUS } from './fixtures';
import type {
	Conversation,
	ConversationEvent,
	ConversationFile,
	ConversationMeta,
	ConversationPage,
	ConversationState,
	Helpdesk,
	HelpdeskEntry,
	Inbox,
	Json,
	Message,
	MessageFrom,
	MessageType,
	MessageUser,
	Operator,
	PeopleEvent,
	PeopleProfile,
	PluginSubscriptionRecord,
	Team,
	Tier,
	Website,
} from './types';

export interface Clock {
	now(): number;
}

/** An API token the fake accepts: `Authorization: Basic base64(identifier:key)` + `X-Crisp-Tier: tier`. */
export interface CrispToken {
	tier: Tier;
	identifier: string;
	key: string;
	/** Websites this token may act on (a website token has one [C-doc]); undefined = every website. */
	websites?: string[];
	/** Client method names (e.g. `changeConversationState`) this token may not call: 403 not_allowed [3P-obs 403; I reason]. */
	denied?: string[];
}

/** One event as Crisp posts it to a hook: `{website_id, event, data, timestamp}` [C-doc]. */
export interface HookEvent {
	seq: number;
	website_id: string;
	event: string;
	data: Json;
	timestamp: number;
}

export interface MessageInput {
	type?: MessageType;
	from?: MessageFrom;
	origin?: string;
	content?: unknown;
	fingerprint?: number;
	timestamp?: number;
	user?: MessageUser;
	mentions?: string[];
	references?: Json[];
	original?: { original_id: string };
	properties?: Json;
	stealth?: boolean;
	translated?: boolean;
	automated?: boolean;
}

export interface ConversationInput {
	state?: ConversationState;
	inbox_id?: string | null;
	people_id?: string;
	meta?: Partial<ConversationMeta>;
	assigned?: string;
	created_at?: number;
	active?: boolean;
	/** Announce the conversation as a visitor opening the chatbox (`session:request:initiated`). */
	initiated?: boolean;
}

export interface ProfileInput {
	email: string;
	person?: PeopleProfile['person'];
	company?: Json;
	segments?: string[];
	notepad?: string;
	active?: number;
	created_at?: number;
	data?: Record<string, string | number | boolean>;
}

/** Everything under one website. */
export class WebsiteState {
	settings: Json;
	readonly operators = new Map<string, Operator>();
	readonly conversations = new Map<string, Conversation>();
	readonly messages = new Map<string, Message[]>();
	readonly pages = new Map<string, ConversationPage[]>();
	readonly events = new Map<string, ConversationEvent[]>();
	readonly files = new Map<string, ConversationFile[]>();
	readonly opened = new Map<string, boolean>();
	readonly people = new Map<string, PeopleProfile>();
	readonly peopleData = new Map<string, Record<string, string | number | boolean>>();
	readonly peopleEvents = new Map<string, PeopleEvent[]>();
	readonly peopleSubscription = new Map<string, boolean>();
	readonly inboxes = new Map<string, Inbox>();
	readonly teams = new Map<string, Team>();
	helpdesk?: Helpdesk;
	readonly campaigns = new Map<string, Json>();
	readonly templates = new Map<string, Json>();
	plan?: Json;
	verify = { enabled: false, secret: '' };
	availability = { status: 'online', since: 0 };
	/** Suggested segments / data keys / events the user deleted (hidden from the suggestions). */
	readonly hiddenSuggestions = { conversationSegments: new Set<string>(), conversationData: new Set<string>(), peopleSegments: new Set<string>(), peopleData: new Set<string>(), peopleEvents: new Set<string>() };
	/** Generic per-resource records for routes without a model of their own (spams, calls, browsing …). */
	readonly generic = new Map<string, Map<string, Json>>();
	deletionPending = false;

	constructor(public website: Website) {
		this.settings = { website_id: website.website_id, name: website.name, domain: website.domain, logo: website.logo };
	}

	collection(name: string): Map<string, Json> {
		let map = this.generic.get(name);
		if (!map) {
			map = new Map();
			this.generic.set(name, map);
		}
		return map;
	}
}

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export function emptyMeta(): ConversationMeta {
	return { nickname: '', email: '', phone: '', address: '', subject: '', ip: '', avatar: '', origin: 'chat', data: {}, segments: [], device: {}, connection: {} };
}

/** A message's excerpt, as `preview_message.excerpt` / `last_message` carry it [I]. */
export function excerpt(type: MessageType, content: unknown): string {
	if (typeof content === 'string') return content.slice(0, 200);
	const c = (content ?? {}) as Json;
	if (type === 'file') return String(c.name ?? 'File');
	if (type === 'animation' || type === 'audio') return String(c.url ?? type);
	if (type === 'event') return String(c.text ?? c.namespace ?? 'event');
	return String(c.text ?? type);
}

export class CrispStore {
	readonly websites = new Map<string, WebsiteState>();
	readonly pluginSubscriptions = new Map<string, PluginSubscriptionRecord>();
	readonly events: HookEvent[] = [];
	tokens: CrispToken[] = [];
	pluginId = '';
	/** Plugin signature secret (signs plugin hook deliveries). */
	signatureSecret = '';
	/** When true, changes are not recorded as hook events (seeding). */
	quiet = false;
	private random: () => number;
	private seq = 0;
	private fingerprintSeq = 0;
	private readonly listeners: Array<(event: HookEvent) => void> = [];

	constructor(
		readonly clock: Clock,
		randomSeed = 1,
	) {
		this.random = prng(randomSeed);
	}

	/** Resets everything (keeps the listeners and the clock). */
	clear(randomSeed = 1): void {
		this.websites.clear();
		this.pluginSubscriptions.clear();
		this.events.length = 0;
		this.tokens = [];
		this.random = prng(randomSeed);
		this.seq = 0;
		this.fingerprintSeq = 0;
	}

	rand(): number {
		return this.random();
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.random() * items.length)];
	}

	hex(length: number): string {
		let out = '';
		while (out.length < length) out += Math.floor(this.random() * 0x100000000).toString(16).padStart(8, '0');
		return out.slice(0, length);
	}

	/** A version-4-shaped UUID from the seeded PRNG. */
	uuid(): string {
		const h = this.hex(32).split('');
		h[12] = '4';
		h[16] = '89ab'[parseInt(h[16], 16) & 3];
		const s = h.join('');
		return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
	}

	sessionId(): string {
		return `session_${this.uuid()}`;
	}

	fingerprint(timestamp: number): number {
		this.fingerprintSeq = (this.fingerprintSeq + 1) % 100;
		return timestamp * 100 + this.fingerprintSeq;
	}

	// ------------------------------------------------------------------------------- events

	onEvent(listener: (event: HookEvent) => void): () => void {
		this.listeners.push(listener);
		return () => {
			const i = this.listeners.indexOf(listener);
			if (i !== -1) this.listeners.splice(i, 1);
		};
	}

	emit(websiteId: string, event: string, data: Json): HookEvent | undefined {
		if (this.quiet) return undefined;
		const record: HookEvent = { seq: ++this.seq, website_id: websiteId, event, data: clone(data), timestamp: this.clock.now() };
		this.events.push(record);
		for (const listener of [...this.listeners]) listener(record);
		return record;
	}

	private sessionBase(c: Conversation): Json {
		return { website_id: c.website_id, session_id: c.session_id, inbox_id: c.inbox_id };
	}

	// ----------------------------------------------------------------------------- websites

	site(websiteId: string): WebsiteState | undefined {
		return this.websites.get(websiteId);
	}

	addWebsite(input: { name: string; domain: string; logo?: string | null; website_id?: string }): WebsiteState {
		const website: Website = { website_id: input.website_id ?? this.uuid(), name: input.name, domain: input.domain, logo: input.logo ?? null };
		const state = new WebsiteState(website);
		state.availability.since = this.clock.now();
		state.verify.secret = this.hex(32);
		this.websites.set(website.website_id, state);
		return state;
	}

	// ------------------------------------------------------------------------ conversations

	conversation(websiteId: string, sessionId: string): Conversation | undefined {
		return this.websites.get(websiteId)?.conversations.get(sessionId);
	}

	createConversation(websiteId: string, input: ConversationInput = {}): Conversation {
		const site = this.requireSite(websiteId);
		const now = input.created_at ?? this.clock.now();
		const state = input.state ?? 'pending';
		const conversation: Conversation = {
			session_id: this.sessionId(),
			website_id: websiteId,
			inbox_id: input.inbox_id ?? null,
			state,
			status: STATE_STATUS[state],
			is_verified: false,
			is_blocked: false,
			availability: 'offline',
			active: { now: input.active ?? false, last: now },
			last_message: '',
			topic: '',
			verifications: [],
			participants: [],
			mentions: [],
			compose: {},
			unread: { operator: 0, visitor: 0 },
			meta: { ...emptyMeta(), ...clone(input.meta ?? {}) },
			created_at: now,
			updated_at: now,
		};
		if (input.people_id) conversation.people_id = input.people_id;
		if (input.assigned) conversation.assigned = { user_id: input.assigned };
		site.conversations.set(conversation.session_id, conversation);
		site.messages.set(conversation.session_id, []);
		if (input.initiated) this.emit(websiteId, 'session:request:initiated', this.sessionBase(conversation));
		return conversation;
	}

	messagesOf(websiteId: string, sessionId: string): Message[] {
		return this.websites.get(websiteId)?.messages.get(sessionId) ?? [];
	}

	/** Adds a message and applies what it implies (unread counts, state, preview) [I]. */
	addMessage(websiteId: string, sessionId: string, input: MessageInput): Message {
		const site = this.requireSite(websiteId);
		const conversation = site.conversations.get(sessionId);
		if (!conversation) throw new Error(`no conversation ${sessionId} in website ${websiteId}`);
		const timestamp = input.timestamp ?? this.clock.now();
		const type = input.type ?? 'text';
		const from = input.from ?? 'user';
		const user: MessageUser =
			input.user ??
			(from === 'user'
				? { type: 'participant', user_id: sessionId, nickname: conversation.meta.nickname || 'visitor' }
				: { type: 'website', user_id: this.firstOperator(site)?.details.user_id ?? websiteId, nickname: this.firstOperator(site)?.details.first_name ?? 'Operator' });
		const message: Message = {
			session_id: sessionId,
			website_id: websiteId,
			type,
			from,
			origin: input.origin ?? 'chat',
			content: clone(input.content ?? ''),
			preview: [],
			mentions: input.mentions ?? [],
			read: '',
			delivered: '',
			stamped: true,
			edited: false,
			translated: input.translated ?? false,
			automated: input.automated ?? false,
			fingerprint: input.fingerprint ?? this.fingerprint(timestamp),
			timestamp,
			user: clone(user),
		};
		if (input.references) message.references = clone(input.references);
		if (input.original) message.original = clone(input.original);
		if (input.properties) message.properties = clone(input.properties);
		const list = site.messages.get(sessionId) ?? [];
		list.push(message);
		list.sort((a, b) => a.timestamp - b.timestamp || a.fingerprint - b.fingerprint);
		site.messages.set(sessionId, list);
		if (type === 'file' && message.content && typeof message.content === 'object') {
			const c = message.content as Json;
			const files = site.files.get(sessionId) ?? [];
			files.push({ name: String(c.name ?? ''), type: String(c.type ?? ''), url: String(c.url ?? ''), fingerprint: message.fingerprint, timestamp });
			site.files.set(sessionId, files);
		}

		if (!input.stealth) {
			conversation.last_message = excerpt(type, message.content);
			conversation.preview_message = { type, from, excerpt: conversation.last_message, fingerprint: message.fingerprint };
		}
		conversation.updated_at = Math.max(conversation.updated_at, timestamp);
		if (type !== 'note') {
			if (from === 'user') {
				conversation.unread.operator += 1;
				conversation.waiting_since ??= timestamp;
				conversation.active = { now: true, last: timestamp };
				if (conversation.state === 'resolved') this.setState(websiteId, sessionId, 'unresolved');
			} else {
				conversation.unread.visitor += 1;
				delete conversation.waiting_since;
				if (conversation.state === 'pending') this.setState(websiteId, sessionId, 'unresolved');
			}
		}
		const data: Json = {
			...this.sessionBase(conversation),
			type,
			from,
			origin: message.origin,
			content: message.content,
			fingerprint: message.fingerprint,
			timestamp,
			user: message.user,
			stamped: true,
		};
		if (message.mentions.length) data.mentions = message.mentions;
		if (message.automated) data.automated = true;
		// [C-doc] message:send is a visitor's message, message:received an operator's (notes too).
		this.emit(websiteId, from === 'user' ? 'message:send' : 'message:received', data);
		return message;
	}

	updateMessage(websiteId: string, sessionId: string, fingerprint: number, content: unknown): Message | undefined {
		const message = this.messagesOf(websiteId, sessionId).find((m) => m.fingerprint === fingerprint);
		const conversation = this.conversation(websiteId, sessionId);
		if (!message || !conversation) return undefined;
		message.content = clone(content);
		message.edited = true;
		conversation.updated_at = Math.max(conversation.updated_at, this.clock.now());
		this.emit(websiteId, 'message:updated', { ...this.sessionBase(conversation), fingerprint, content: message.content });
		return message;
	}

	removeMessage(websiteId: string, sessionId: string, fingerprint: number): boolean {
		const list = this.messagesOf(websiteId, sessionId);
		const index = list.findIndex((m) => m.fingerprint === fingerprint);
		const conversation = this.conversation(websiteId, sessionId);
		if (index === -1 || !conversation) return false;
		list.splice(index, 1);
		this.emit(websiteId, 'message:removed', { ...this.sessionBase(conversation), fingerprint });
		return true;
	}

	setState(websiteId: string, sessionId: string, state: ConversationState): Conversation | undefined {
		const conversation = this.conversation(websiteId, sessionId);
		if (!conversation) return undefined;
		const changed = conversation.state !== state;
		conversation.state = state;
		conversation.status = STATE_STATUS[state];
		conversation.updated_at = Math.max(conversation.updated_at, this.clock.now());
		if (changed) this.emit(websiteId, 'session:set_state', { ...this.sessionBase(conversation), state });
		return conversation;
	}

	/** Merges metas; `data` is merged key by key, `segments` replaced [I]; one event per changed field. */
	updateMetas(websiteId: string, sessionId: string, metas: Partial<ConversationMeta>): Conversation | undefined {
		const conversation = this.conversation(websiteId, sessionId);
		if (!conversation) return undefined;
		const base = this.sessionBase(conversation);
		const meta = conversation.meta;
		const simple = ['nickname', 'email', 'phone', 'address', 'subject', 'avatar', 'origin'] as const;
		for (const key of simple) {
			const value = metas[key];
			if (value === undefined || value === meta[key]) continue;
			meta[key] = value;
			this.emit(websiteId, `session:set_${key}`, { ...base, [key]: value });
		}
		if (metas.ip !== undefined) meta.ip = metas.ip;
		if (metas.device !== undefined) meta.device = clone(metas.device);
		if (metas.connection !== undefined) meta.connection = clone(metas.connection);
		if (metas.data !== undefined) {
			meta.data = { ...meta.data, ...clone(metas.data) };
			this.emit(websiteId, 'session:set_data', { ...base, data: meta.data });
		}
		if (metas.segments !== undefined) {
			meta.segments = [...metas.segments];
			this.emit(websiteId, 'session:set_segments', { ...base, segments: meta.segments });
		}
		if (metas.email && !conversation.people_id) {
			const profile = this.profileByEmail(websiteId, metas.email);
			if (profile) {
				conversation.people_id = profile.people_id;
				this.emit(websiteId, 'people:bind:session', { ...base, people_id: profile.people_id });
			}
		}
		conversation.updated_at = Math.max(conversation.updated_at, this.clock.now());
		return conversation;
	}

	setRouting(websiteId: string, sessionId: string, userId: string | null): Conversation | undefined {
		const conversation = this.conversation(websiteId, sessionId);
		if (!conversation) return undefined;
		const previous = conversation.assigned?.user_id ?? null;
		if (userId) conversation.assigned = { user_id: userId };
		else delete conversation.assigned;
		conversation.updated_at = Math.max(conversation.updated_at, this.clock.now());
		this.emit(websiteId, 'session:set_routing', { ...this.sessionBase(conversation), routing_id: userId, previous_routing_id: previous });
		return conversation;
	}

	setInbox(websiteId: string, sessionId: string, inboxId: string | null): Conversation | undefined {
		const conversation = this.conversation(websiteId, sessionId);
		if (!conversation) return undefined;
		conversation.inbox_id = inboxId;
		conversation.updated_at = Math.max(conversation.updated_at, this.clock.now());
		this.emit(websiteId, 'session:set_inbox', { ...this.sessionBase(conversation), inbox_id: inboxId });
		return conversation;
	}

	setBlock(websiteId: string, sessionId: string, blocked: boolean): Conversation | undefined {
		const conversation = this.conversation(websiteId, sessionId);
		if (!conversation) return undefined;
		conversation.is_blocked = blocked;
		this.emit(websiteId, 'session:set_block', { ...this.sessionBase(conversation), blocked });
		return conversation;
	}

	setParticipants(websiteId: string, sessionId: string, participants: { type: string; target: string }[]): Conversation | undefined {
		const conversation = this.conversation(websiteId, sessionId);
		if (!conversation) return undefined;
		conversation.participants = clone(participants);
		this.emit(websiteId, 'session:set_participants', { ...this.sessionBase(conversation), participants: conversation.participants });
		return conversation;
	}

	setVerified(websiteId: string, sessionId: string, verified: boolean): Conversation | undefined {
		const conversation = this.conversation(websiteId, sessionId);
		if (!conversation) return undefined;
		conversation.is_verified = verified;
		this.emit(websiteId, 'session:update_verify', { ...this.sessionBase(conversation), is_verified: verified });
		return conversation;
	}

	setOpened(websiteId: string, sessionId: string, opened: boolean, operator: MessageUser = {}): Conversation | undefined {
		const site = this.requireSite(websiteId);
		const conversation = site.conversations.get(sessionId);
		if (!conversation) return undefined;
		site.opened.set(sessionId, opened);
		this.emit(websiteId, opened ? 'session:set_opened' : 'session:set_closed', { ...this.sessionBase(conversation), operator });
		return conversation;
	}

	/** Marks messages read by one side; returns the fingerprints changed. */
	markRead(websiteId: string, sessionId: string, from: MessageFrom, origin: string, fingerprints?: number[]): number[] {
		const conversation = this.conversation(websiteId, sessionId);
		if (!conversation) return [];
		// `from` is who read: an operator reads the visitor's messages and vice versa [I].
		const side: MessageFrom = from === 'operator' ? 'user' : 'operator';
		const changed: number[] = [];
		for (const message of this.messagesOf(websiteId, sessionId)) {
			if (message.from !== side || message.read) continue;
			if (fingerprints && fingerprints.length && !fingerprints.includes(message.fingerprint)) continue;
			message.read = origin || 'chat';
			changed.push(message.fingerprint);
		}
		if (from === 'operator') conversation.unread.operator = 0;
		else conversation.unread.visitor = 0;
		this.emit(websiteId, from === 'user' ? 'message:acknowledge:read:send' : 'message:acknowledge:read:received', { ...this.sessionBase(conversation), origin, fingerprints: changed });
		return changed;
	}

	markDelivered(websiteId: string, sessionId: string, from: MessageFrom, origin: string, fingerprints: number[]): number[] {
		const conversation = this.conversation(websiteId, sessionId);
		if (!conversation) return [];
		const changed: number[] = [];
		for (const message of this.messagesOf(websiteId, sessionId)) {
			if (fingerprints.includes(message.fingerprint) && !message.delivered) {
				message.delivered = origin || 'chat';
				changed.push(message.fingerprint);
			}
		}
		this.emit(websiteId, 'message:acknowledge:delivered', { ...this.sessionBase(conversation), from, origin, fingerprints: changed });
		return changed;
	}

	markUnread(websiteId: string, sessionId: string, from: MessageFrom): Conversation | undefined {
		const conversation = this.conversation(websiteId, sessionId);
		if (!conversation) return undefined;
		if (from === 'operator') conversation.unread.operator = Math.max(1, conversation.unread.operator);
		else conversation.unread.visitor = Math.max(1, conversation.unread.visitor);
		this.emit(websiteId, 'message:acknowledge:unread:send', { ...this.sessionBase(conversation), from });
		return conversation;
	}

	compose(websiteId: string, sessionId: string, type: 'start' | 'stop', from: MessageFrom, excerptText = ''): Conversation | undefined {
		const conversation = this.conversation(websiteId, sessionId);
		if (!conversation) return undefined;
		const side = from === 'operator' ? 'operator' : 'visitor';
		conversation.compose = { ...conversation.compose, [side]: type === 'start' ? { type, excerpt: excerptText, timestamp: this.clock.now() } : undefined };
		this.emit(websiteId, from === 'user' ? 'message:compose:send' : 'message:compose:receive', { ...this.sessionBase(conversation), type, excerpt: excerptText, timestamp: this.clock.now() });
		return conversation;
	}

	removeConversation(websiteId: string, sessionId: string): boolean {
		const site = this.requireSite(websiteId);
		const conversation = site.conversations.get(sessionId);
		if (!conversation) return false;
		site.conversations.delete(sessionId);
		site.messages.delete(sessionId);
		site.pages.delete(sessionId);
		site.events.delete(sessionId);
		site.files.delete(sessionId);
		this.emit(websiteId, 'session:removed', this.sessionBase(conversation));
		return true;
	}

	// ------------------------------------------------------------------------------- people

	profile(websiteId: string, peopleIdOrEmail: string): PeopleProfile | undefined {
		const site = this.websites.get(websiteId);
		if (!site) return undefined;
		return site.people.get(peopleIdOrEmail) ?? (peopleIdOrEmail.includes('@') ? this.profileByEmail(websiteId, peopleIdOrEmail) : undefined);
	}

	profileByEmail(websiteId: string, email: string): PeopleProfile | undefined {
		const wanted = email.trim().toLowerCase();
		for (const profile of this.websites.get(websiteId)?.people.values() ?? []) {
			if (profile.email.toLowerCase() === wanted) return profile;
		}
		return undefined;
	}

	addProfile(websiteId: string, input: ProfileInput): PeopleProfile {
		const site = this.requireSite(websiteId);
		const now = input.created_at ?? this.clock.now();
		const profile: PeopleProfile = {
			people_id: this.uuid(),
			email: input.email,
			person: clone(input.person ?? {}),
			company: clone(input.company ?? {}),
			segments: [...(input.segments ?? [])],
			notepad: input.notepad ?? '',
			active: { now: false, last: input.active ?? now },
			score: 0,
			created_at: now,
			updated_at: now,
		};
		site.people.set(profile.people_id, profile);
		site.peopleData.set(profile.people_id, clone(input.data ?? {}));
		site.peopleEvents.set(profile.people_id, []);
		site.peopleSubscription.set(profile.people_id, true);
		this.emit(websiteId, 'people:profile:created', { website_id: websiteId, people_id: profile.people_id, email: profile.email });
		return profile;
	}

	/** PATCH merges (objects one level deep) [I]; PUT (`replace`) replaces the card. */
	updateProfile(websiteId: string, profile: PeopleProfile, card: Json, replace = false): PeopleProfile {
		const person = card.person as Json | undefined;
		const company = card.company as Json | undefined;
		if (replace) {
			profile.person = clone((person ?? {}) as PeopleProfile['person']);
			profile.company = clone(company ?? {});
			profile.segments = [...((card.segments as string[] | undefined) ?? [])];
			profile.notepad = (card.notepad as string | undefined) ?? '';
		} else {
			if (person) profile.person = { ...profile.person, ...clone(person) };
			if (company) profile.company = { ...profile.company, ...clone(company) };
			if (card.segments) profile.segments = [...(card.segments as string[])];
			if (card.notepad !== undefined) profile.notepad = card.notepad as string;
		}
		if (typeof card.email === 'string') profile.email = card.email;
		if (typeof card.active === 'number') profile.active = { ...profile.active, last: card.active };
		profile.updated_at = Math.max(profile.updated_at, this.clock.now());
		this.emit(websiteId, 'people:profile:updated', {
			website_id: websiteId,
			people_id: profile.people_id,
			email: profile.email,
			update: { updated_at: profile.updated_at, ...(person ? { person: profile.person } : {}), ...(company ? { company: profile.company } : {}), ...(card.segments ? { segments: profile.segments } : {}) },
		});
		return profile;
	}

	removeProfile(websiteId: string, peopleId: string): boolean {
		const site = this.requireSite(websiteId);
		if (!site.people.delete(peopleId)) return false;
		site.peopleData.delete(peopleId);
		site.peopleEvents.delete(peopleId);
		site.peopleSubscription.delete(peopleId);
		this.emit(websiteId, 'people:profile:removed', { website_id: websiteId, people_id: peopleId });
		return true;
	}

	touchProfile(websiteId: string, profile: PeopleProfile, update: Json): void {
		profile.updated_at = Math.max(profile.updated_at, this.clock.now());
		this.emit(websiteId, 'people:profile:updated', { website_id: websiteId, people_id: profile.people_id, email: profile.email, update: { updated_at: profile.updated_at, ...update } });
	}

	// ------------------------------------------------------------------------------ helpers

	requireSite(websiteId: string): WebsiteState {
		const site = this.websites.get(websiteId);
		if (!site) throw new Error(`no website ${websiteId}`);
		return site;
	}

	firstOperator(site: WebsiteState): Operator | undefined {
		for (const operator of site.operators.values()) if (operator.type === 'operator') return operator;
		return undefined;
	}

	newHelpdesk(name: string, domainBasic: string): Helpdesk {
		return {
			name,
			url: `https://${domainBasic}.help.crisp.chat/`,
			domain: { root: 'help.crisp.chat', basic: domainBasic, custom: null, verified: false },
			settings: { name, behavior: { ask_feedback: true, show_chatbox: true }, localization: { writing_locale: 'en' } },
			locales: new Map(),
			trees: new Map(),
			redirections: new Map(),
			changes: [],
		};
	}

	helpdeskEntry(site: WebsiteState, locale: string, contentType: string, path: string): HelpdeskEntry | undefined {
		return site.helpdesk?.trees.get(`${locale}/${contentType}`)?.get(path);
	}
}

export { clone, prng };
