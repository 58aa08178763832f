/**
 * In-memory data of the fake Cliengo, plus the list semantics the live API was observed to have
 * (`shared/api/cliengo.md` §5): newest first by creationDate (ties: id descending), `since`/`until`
 * day filters on the creation date, and the other contact filters.
 */
import type {
	Account,
	Chatbot,
	ChatbotTrigger,
	Contact,
	ContactMessage,
	Conversation,
	ConversationMessage,
	HistoryEntry,
	Site,
	User,
} from './types';

export interface Clock {
	now(): number;
}

/** Day-filter semantics; the defaults are what was observed or is most likely. */
export interface DateFilterOptions {
	/** [3P-obs] "until seems exclusive"; true makes it cover the whole `until` day. */
	untilInclusive?: boolean;
	/**
	 * [I] Offset (minutes east of UTC) in which `since`/`until`/`lastUpdated` days are read.
	 * 0 = UTC (default). The account's timeZone ("-03:00") would be -180.
	 */
	dayOffsetMinutes?: number;
}

export interface ContactFilters {
	since?: string;
	until?: string;
	lastUpdated?: string;
	query?: string;
	assignedTo?: string;
	websiteId?: string;
	status?: string;
}

const DAY_MS = 86_400_000;

export function toIso(value: Date | number | string): string {
	const date = value instanceof Date ? value : new Date(value);
	if (Number.isNaN(date.getTime())) throw new Error(`Invalid date: ${String(value)}`);
	return date.toISOString();
}

/** Start (epoch ms) of a `YYYY-MM-DD` day read at the given offset, or undefined when malformed. */
export function dayStart(day: string, offsetMinutes = 0): number | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!m) return undefined;
	const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) return undefined;
	return ms - offsetMinutes * 60_000;
}

export class CliengoStore {
	apiKey: string;
	jwts = new Set<string>();
	account!: Account;
	sites: Site[] = [];
	users: User[] = [];
	chatbots = new Map<string, Chatbot>();
	triggers = new Map<string, ChatbotTrigger[]>();
	contacts = new Map<string, Contact>();
	contactMessages = new Map<string, ContactMessage[]>();
	history = new Map<string, HistoryEntry[]>();
	conversations = new Map<string, Conversation>();
	conversationMessages = new Map<string, ConversationMessage[]>();

	readonly clock: Clock;
	readonly dates: Required<DateFilterOptions>;
	private counter = 0;
	private sorted: Contact[] = [];
	private dirty = false;

	constructor(apiKey: string, clock: Clock, dates: DateFilterOptions = {}) {
		this.apiKey = apiKey;
		this.clock = clock;
		this.dates = { untilInclusive: dates.untilInclusive ?? false, dayOffsetMinutes: dates.dayOffsetMinutes ?? 0 };
	}

	/** Forgets every record (ids keep increasing, so old ids never come back). */
	clear(): void {
		this.jwts.clear();
		this.sites = [];
		this.users = [];
		this.chatbots.clear();
		this.triggers.clear();
		this.contacts.clear();
		this.contactMessages.clear();
		this.history.clear();
		this.conversations.clear();
		this.conversationMessages.clear();
		this.sorted = [];
		this.dirty = false;
	}

	nowIso(): string {
		return new Date(this.clock.now()).toISOString();
	}

	/** A MongoDB-style ObjectId: 8 hex of creation seconds + 16 hex of a counter (unique, time-ordered). */
	newId(at: number = this.clock.now()): string {
		this.counter += 1;
		const seconds = Math.max(0, Math.floor(at / 1000)) % 2 ** 32;
		return seconds.toString(16).padStart(8, '0') + this.counter.toString(16).padStart(16, '0');
	}

	site(id: string): Site | undefined {
		return this.sites.find((s) => s.id === id && !s.deleted);
	}

	user(id: string): User | undefined {
		return this.users.find((u) => u.id === id && !u.deleted);
	}

	addContact(contact: Contact): Contact {
		this.contacts.set(contact.id, contact);
		this.sorted.push(contact);
		this.dirty = true;
		return contact;
	}

	removeContact(id: string): boolean {
		const found = this.contacts.delete(id);
		if (found) {
			this.sorted = this.sorted.filter((c) => c.id !== id);
			this.contactMessages.delete(id);
			this.history.delete(id);
		}
		return found;
	}

	/** Call after changing a contact's creationDate. */
	touchOrder(): void {
		this.dirty = true;
	}

	/** Every contact, newest first (creationDate desc, then id desc). */
	contactsNewestFirst(): Contact[] {
		if (this.dirty) {
			this.sorted.sort(newestFirst);
			this.dirty = false;
		}
		return this.sorted;
	}

	/** Applies the GET /contacts filters. Day bounds must already be validated. */
	filterContacts(f: ContactFilters): Contact[] {
		const offset = this.dates.dayOffsetMinutes;
		const sinceMs = f.since !== undefined ? dayStart(f.since, offset) : undefined;
		let untilMs = f.until !== undefined ? dayStart(f.until, offset) : undefined;
		if (untilMs !== undefined && this.dates.untilInclusive) untilMs += DAY_MS;
		const updatedMs = f.lastUpdated !== undefined ? parseDayOrInstant(f.lastUpdated, offset) : undefined;
		const query = f.query?.trim().toLowerCase();
		const assigned = f.assignedTo === 'UNASSIGNED' ? null : f.assignedTo;
		return this.contactsNewestFirst().filter((c) => {
			const created = Date.parse(c.creationDate);
			if (sinceMs !== undefined && created < sinceMs) return false;
			if (untilMs !== undefined && created >= untilMs) return false;
			if (updatedMs !== undefined && Date.parse(c.lastUpdateDate) < updatedMs) return false;
			if (f.websiteId !== undefined && c.websiteId !== f.websiteId) return false;
			if (f.status !== undefined && c.status !== f.status) return false;
			if (f.assignedTo !== undefined && c.assignedTo !== assigned) return false;
			if (query) {
				const hay = [c.name, c.lastName, c.email, c.phone, c.message].filter(Boolean).join(' ').toLowerCase();
				if (!hay.includes(query)) return false;
			}
			return true;
		});
	}

	addHistory(contactId: string, entry: Omit<HistoryEntry, 'creationDate' | 'creator'> & { creator?: HistoryEntry['creator'] }): void {
		const list = this.history.get(contactId) ?? [];
		list.push({ creationDate: this.nowIso(), creator: entry.creator ?? { id: null, name: 'API' }, ...entry });
		this.history.set(contactId, list);
	}
}

/** `lastUpdated` [3P]: a day (`YYYY-MM-DD`) or, tolerated [I], a full RFC 3339 instant. */
export function parseDayOrInstant(value: string, offsetMinutes = 0): number | undefined {
	const day = dayStart(value, offsetMinutes);
	if (day !== undefined) return day;
	if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
		const ms = Date.parse(value);
		return Number.isNaN(ms) ? undefined : ms;
	}
	return undefined;
}

export function newestFirst<T extends { creationDate: string; id: string }>(a: T, b: T): number {
	if (a.creationDate !== b.creationDate) return a.creationDate < b.creationDate ? 1 : -1;
	return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
