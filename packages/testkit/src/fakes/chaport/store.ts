/**
 * The fake Chaport's state: operators, visitors, their chats (integer ids per visitor) with events,
 * webhook subscriptions, and the log of deliverable events (chat.started, chat.finished). The chat
 * stage transitions and `lastChatAt` rules are [I] (fixtures.ts).
 */
import crypto from 'node:crypto';

import { FIRST_CHAT_ID, OPERATOR_FIELDS, TOKEN_LENGTH, UTM_FIELDS, VISITOR_FIELDS, type ChaportEventName } from './fixtures';

export type OperatorRole = 'operator' | 'admin';
export type OperatorStatus = 'online' | 'away' | 'offline';
export type ChatStage = 'initiated' | 'offline' | 'responded' | 'engaged' | 'closed';

export interface Operator {
	id: string;
	email: string;
	name: string;
	language: string;
	jobTitle: string;
	role: OperatorRole;
	lastLoginAt: string | null;
	lastActivityAt: string | null;
	image: string | null;
	lastStatus: OperatorStatus;
	realStatus: OperatorStatus;
}

export interface Utm {
	source: string | null;
	medium: string | null;
	campaign: string | null;
	term: string | null;
	content: string | null;
}

export interface Visitor {
	id: string;
	name: string | null;
	email: string | null;
	phone: string | null;
	notes: string | null;
	custom: Record<string, unknown>;
	utm: Utm;
	sourceHost: string | null;
	browser: string | null;
	os: string | null;
	country: string | null;
	city: string | null;
	emailMarketingConsent: boolean;
	createdAt: string;
	lastChatAt: string | null;
}

export interface ChatEvent {
	id: string;
	type: string;
	params: { text?: string; operatorId?: string; [key: string]: unknown };
	externalId?: string;
	createdAt: string;
}

export interface Chat {
	id: number;
	visitorId: string;
	stage: ChatStage;
	operatorIds: string[];
	teamId: string | null;
	rating: number | null;
	startPage: string | null;
	missed: boolean;
	createdAt: string;
	updatedAt: string;
	closedAt: string | null;
	events: ChatEvent[];
}

export interface Subscription {
	id: string;
	event: string;
	targetUrl: string;
	essential: boolean;
	createdAt: string;
	/** Every event heard (only differs from `[event]` for a lenient `events:[…]` body). */
	events: string[];
}

/** A deliverable event, with the visitor and chat as they were when it happened. */
export interface StoreEvent {
	seq: number;
	event: ChaportEventName;
	visitorId: string;
	chatId: number;
	at: string;
	visitor: Visitor;
	/** The chat without its events. */
	chat: Omit<Chat, 'events'>;
}

export interface Clock {
	now: () => number;
}

export type VisitorInput = Partial<Omit<Visitor, 'utm' | 'id'>> & { id?: string; utm?: Partial<Utm> };
export type OperatorInput = Partial<Operator> & { email: string; name: string };

export interface MessageInput {
	text: string;
	/** An operator's message (default: the visitor's). */
	operatorId?: string;
	externalId?: string;
	/** Event time (ms, default the clock). */
	at?: number;
}

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const iso = (ms: number): string => new Date(ms).toISOString();

/** A long opaque alphanumeric token, derived from `seed` (so the same seed gives the same token). */
export function makeToken(seed: string, length = TOKEN_LENGTH): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	let out = '';
	for (let i = 0; out.length < length; i++) {
		for (const byte of crypto.createHash('sha256').update(`${seed}:${i}`).digest()) {
			if (out.length < length) out += alphabet[byte % alphabet.length];
		}
	}
	return out;
}

export function emptyUtm(): Utm {
	return Object.fromEntries(UTM_FIELDS.map((k) => [k, null])) as unknown as Utm;
}

/** A visitor as the API renders it: the fields in VISITOR_FIELDS order. */
export function visitorView(visitor: Visitor): Record<string, unknown> {
	const source = visitor as unknown as Record<string, unknown>;
	return clone(Object.fromEntries(VISITOR_FIELDS.map((k) => [k, source[k]])));
}

export function chatView(chat: Chat, withEvents = true): Record<string, unknown> {
	const { events, ...rest } = chat;
	return clone(withEvents ? { ...rest, events } : rest);
}

export class ChaportStore {
	readonly operators = new Map<string, Operator>();
	readonly visitors = new Map<string, Visitor>();
	/** Chats by visitor id, oldest first. */
	readonly chats = new Map<string, Chat[]>();
	readonly subscriptions = new Map<string, Subscription>();
	/** Access tokens → operator id. */
	readonly tokens = new Map<string, string>();
	readonly events: StoreEvent[] = [];
	private counter = 0;
	private seq = 0;
	private readonly listeners: Array<(event: StoreEvent) => void> = [];

	constructor(readonly clock: Clock) {}

	clear(): void {
		this.operators.clear();
		this.visitors.clear();
		this.chats.clear();
		this.subscriptions.clear();
		this.tokens.clear();
		this.events.length = 0;
		this.counter = 0;
		this.seq = 0;
	}

	onEvent(listener: (event: StoreEvent) => void): () => void {
		this.listeners.push(listener);
		return () => {
			const i = this.listeners.indexOf(listener);
			if (i !== -1) this.listeners.splice(i, 1);
		};
	}

	now(): string {
		return iso(this.clock.now());
	}

	/** A 24-hex ObjectId: 4 bytes of seconds (of `at`, default the clock), then a counter. */
	newId(at = this.clock.now()): string {
		this.counter += 1;
		const seconds = Math.max(0, Math.floor(at / 1000)).toString(16).padStart(8, '0').slice(-8);
		return `${seconds}c4a9f0${this.counter.toString(16).padStart(10, '0')}`;
	}

	// -------------------------------------------------------------------------- operators

	addOperator(input: OperatorInput): Operator {
		const merged: Operator = {
			language: 'en',
			jobTitle: '',
			role: 'operator',
			lastLoginAt: null,
			lastActivityAt: null,
			image: null,
			lastStatus: 'offline',
			realStatus: 'offline',
			...input,
			id: input.id ?? this.newId(),
		};
		// The documented field order [C].
		const operator = Object.fromEntries(OPERATOR_FIELDS.map((k) => [k, merged[k]])) as unknown as Operator;
		this.operators.set(operator.id, operator);
		return operator;
	}

	addToken(operatorId: string, token = makeToken(`chaport-fake:${operatorId}`)): string {
		if (!this.operators.has(operatorId)) throw new Error(`no operator ${operatorId}`);
		this.tokens.set(token, operatorId);
		return token;
	}

	operatorOfToken(token: string): Operator | undefined {
		const id = this.tokens.get(token);
		return id === undefined ? undefined : this.operators.get(id);
	}

	// --------------------------------------------------------------------------- visitors

	addVisitor(input: VisitorInput = {}): Visitor {
		const createdAt = input.createdAt ?? this.now();
		const visitor: Visitor = {
			name: null,
			email: null,
			phone: null,
			notes: null,
			sourceHost: null,
			browser: null,
			os: null,
			country: null,
			city: null,
			emailMarketingConsent: false,
			lastChatAt: null,
			...input,
			custom: { ...(input.custom ?? {}) },
			utm: { ...emptyUtm(), ...(input.utm ?? {}) },
			createdAt,
			id: input.id ?? this.newId(Date.parse(createdAt)),
		};
		this.visitors.set(visitor.id, visitor);
		this.chats.set(visitor.id, []);
		return visitor;
	}

	deleteVisitor(id: string): void {
		this.visitors.delete(id);
		this.chats.delete(id);
	}

	/** Visitors in list order: lastChatAt (or createdAt without a chat) desc, then id desc [I]. */
	visitorList(): Visitor[] {
		const key = (v: Visitor) => Date.parse(v.lastChatAt ?? v.createdAt);
		return [...this.visitors.values()].sort((a, b) => key(b) - key(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
	}

	// ------------------------------------------------------------------------------ chats

	chatsOf(visitorId: string): Chat[] {
		return this.chats.get(visitorId) ?? [];
	}

	chat(visitorId: string, chatId: number): Chat | undefined {
		return this.chatsOf(visitorId).find((c) => c.id === chatId);
	}

	latestChat(visitorId: string): Chat | undefined {
		const chats = this.chatsOf(visitorId);
		return chats[chats.length - 1];
	}

	openChat(visitorId: string): Chat | undefined {
		const latest = this.latestChat(visitorId);
		return latest && latest.stage !== 'closed' ? latest : undefined;
	}

	private requireVisitor(visitorId: string): Visitor {
		const visitor = this.visitors.get(visitorId);
		if (!visitor) throw new Error(`no visitor ${visitorId}`);
		return visitor;
	}

	/** A new chat (emits chat.started). */
	createChat(visitorId: string, opts: { at?: number; startPage?: string | null; teamId?: string | null } = {}): Chat {
		this.requireVisitor(visitorId);
		const chats = this.chatsOf(visitorId);
		const at = iso(opts.at ?? this.clock.now());
		const chat: Chat = {
			id: chats.length ? chats[chats.length - 1].id + 1 : FIRST_CHAT_ID,
			visitorId,
			stage: 'initiated',
			operatorIds: [],
			teamId: opts.teamId ?? null,
			rating: null,
			startPage: opts.startPage ?? null,
			missed: false,
			createdAt: at,
			updatedAt: at,
			closedAt: null,
			events: [],
		};
		chats.push(chat);
		this.touch(chat, at);
		this.emit('chat.started', chat);
		return chat;
	}

	/** Adds a message event to a chat (stage transitions, re-opening a closed chat) [I]. */
	addMessage(chat: Chat, input: MessageInput): ChatEvent {
		const atMs = input.at ?? this.clock.now();
		const at = iso(atMs);
		const fromOperator = input.operatorId !== undefined;
		const event: ChatEvent = {
			id: this.newId(atMs),
			type: fromOperator ? 'operator-message' : 'visitor-message',
			params: fromOperator ? { text: input.text, operatorId: input.operatorId } : { text: input.text },
			...(input.externalId !== undefined ? { externalId: input.externalId } : {}),
			createdAt: at,
		};
		chat.events.push(event);
		if (fromOperator) {
			if (!chat.operatorIds.includes(input.operatorId as string)) chat.operatorIds.push(input.operatorId as string);
			if (chat.stage === 'initiated' || chat.stage === 'offline' || chat.stage === 'closed') chat.stage = 'responded';
		} else if (chat.stage === 'responded' || chat.stage === 'closed') {
			chat.stage = chat.events.some((e) => e.type === 'operator-message') ? 'engaged' : 'initiated';
		}
		// A message re-opens a closed chat (the stage moved on above) [I].
		chat.closedAt = null;
		this.touch(chat, at);
		return event;
	}

	/** Closes a chat (emits chat.finished); a closed chat stays as it is. */
	closeChat(chat: Chat, atMs = this.clock.now()): Chat {
		if (chat.stage === 'closed') return chat;
		const at = iso(atMs);
		chat.stage = 'closed';
		chat.closedAt = at;
		chat.missed = !chat.events.some((e) => e.type === 'operator-message');
		this.touch(chat, at);
		this.emit('chat.finished', chat);
		return chat;
	}

	/** Re-opens a closed chat at another stage [I]. */
	reopenChat(chat: Chat, stage: Exclude<ChatStage, 'closed'>): void {
		chat.stage = stage;
		chat.closedAt = null;
		this.touch(chat, this.now());
	}

	/** The chat changed: its updatedAt, and the visitor's lastChatAt when it is the latest chat [I]. */
	touch(chat: Chat, at = this.now()): void {
		chat.updatedAt = at;
		const visitor = this.visitors.get(chat.visitorId);
		if (visitor && this.latestChat(chat.visitorId) === chat) visitor.lastChatAt = at;
	}

	// ---------------------------------------------------------------------- subscriptions

	addSubscription(input: { targetUrl: string; event: string; events?: string[]; essential?: boolean }): Subscription {
		const subscription: Subscription = {
			id: this.newId(),
			event: input.event,
			targetUrl: input.targetUrl,
			essential: input.essential ?? false,
			createdAt: this.now(),
			events: input.events ?? [input.event],
		};
		this.subscriptions.set(subscription.id, subscription);
		return subscription;
	}

	// ----------------------------------------------------------------------------- events

	emit(event: ChaportEventName, chat: Chat): StoreEvent {
		const visitor = this.requireVisitor(chat.visitorId);
		this.seq += 1;
		const record: StoreEvent = { seq: this.seq, event, visitorId: chat.visitorId, chatId: chat.id, at: this.now(), visitor: clone(visitor), chat: chatView(chat, false) as unknown as Omit<Chat, 'events'> };
		this.events.push(record);
		for (const listener of [...this.listeners]) listener(record);
		return record;
	}
}
