/**
 * A fake Cliengo legacy REST 1.0 API (`https://api.cliengo.com/1.0`), on the FakeServer framework,
 * behaving as `shared/api/cliengo.md` says the live API does. Where the reference is [I]nferred the
 * behaviour is an option, so tests can prove the node tolerates either way:
 *
 * - auth: `?api_key=` [C-doc] on every request; `Authorization: Bearer <key|jwt>` also accepted [I]
 *   (`acceptBearer`); a bad key gets 401 `{ message: 'Invalid api key' }` [I] (`unauthorized`).
 * - lists: `{ paging: { total, offset, limit }, results: [...] }` [3P-obs]; the items key is
 *   `results` [I] or, with `itemsKey: 'contacts'`, the resource's own name (`contacts`, `sites`…).
 * - paging: `limit`/`offset` 0-based, `page` ignored, offset > 1000 → 400 "Offset cannot be greater
 *   than 1000" [3P-obs message, I status]; newest first (creationDate desc, then id desc) [3P-obs].
 * - `since`/`until` `YYYY-MM-DD` on the creation date, since inclusive, until exclusive [3P-obs]
 *   (`untilInclusive`, `dayOffsetMinutes` to test other readings); `query`, `assignedTo`,
 *   `websiteId`, `status`, `lastUpdated` [3P].
 * - `POST /sites`, `PATCH /sites/{id}`, `POST /users`, `PATCH /users/{id}` are [I] (asked by the
 *   issue, not in the reference).
 */
import { FakeServer, postJson, type FakeRequest, type FakeResponse, type Route, type SendResult } from '../../fake-server';
import { buildContact, type ContactInput } from './factory';
import { accountRoutes } from './routes/account';
import { contactRoutes } from './routes/contacts';
import { conversationRoutes } from './routes/conversations';
import { siteRoutes } from './routes/sites';
import { userRoutes } from './routes/users';
import { seedAccount, seedStore, type SeedOptions } from './seed';
import { CliengoHttpError, messageBody, single, type CliengoRoute, type ErrorBody, type PagingOptions, type RouteEnv } from './shared';
import { CliengoStore, toIso, type Clock, type DateFilterOptions } from './store';
import type { Contact } from './types';

export * from './types';
export { CliengoStore, dayStart, toIso, type Clock } from './store';
export { prng, type SeedOptions } from './seed';
export { buildContact, type ContactInput } from './factory';
export { CONTACT_METHODS, EXTERNAL_STATUSES, SELL_SUSCRIPTIONS } from './routes/contacts';
export { CHANNELS } from './routes/conversations';
export type { ErrorBody } from './shared';

/** A UUID-shaped key, the format of real Cliengo keys [3P-obs]. */
export const DEFAULT_CLIENGO_KEY = '0b7c6a52-3f7e-4d8a-9c1e-5a2b4c6d8e0f';

export type CliengoRequestHook = (req: FakeRequest, fake: CliengoFake) => void | Promise<void>;

export interface CliengoFakeOptions extends DateFilterOptions {
	apiKey?: string;
	/** Items key of list envelopes: 'results' (default [I]) or 'contacts' (each list named after its resource). */
	itemsKey?: 'results' | 'contacts';
	/** Accept `Authorization: Bearer <key|jwt>` (default true [I]). */
	acceptBearer?: boolean;
	/** Response to a missing or wrong key (default 401 `{ message: 'Invalid api key' }` [I]). */
	unauthorized?: { status?: number; body?: unknown };
	/** Error body builder (default `{ message }` [I]). */
	errorBody?: ErrorBody;
	defaultLimit?: number;
	maxLimit?: number;
	/** Largest accepted offset (default 1000 [3P-obs]); null = no cap. */
	maxOffset?: number | null;
	offsetErrorStatus?: number;
	/** Clock for creation/update dates and ids (default Date.now); replace `fake.clock.now` at any time. */
	now?: () => number;
	/** Seed data (default: the standard seed with 25 contacts); false = only the account, no sites/users/contacts. */
	seed?: SeedOptions | false;
	/** Field of the new-lead webhook JSON that carries the shared key (default 'key' [I]). */
	webhookKeyField?: string;
}

const DAY_MS = 86_400_000;

export class CliengoFake extends FakeServer<CliengoStore> {
	readonly clock: Clock;
	readonly apiKey: string;
	readonly webhookKeyField: string;
	private readonly hooks: CliengoRequestHook[] = [];

	constructor(opts: CliengoFakeOptions = {}) {
		const clock: Clock = { now: opts.now ?? (() => Date.now()) };
		const apiKey = opts.apiKey ?? DEFAULT_CLIENGO_KEY;
		const store = new CliengoStore(apiKey, clock, opts);
		const errorBody = opts.errorBody ?? messageBody;
		const paging: PagingOptions = {
			defaultLimit: opts.defaultLimit ?? 20,
			maxLimit: opts.maxLimit ?? 100,
			maxOffset: opts.maxOffset === undefined ? 1000 : opts.maxOffset,
			offsetErrorStatus: opts.offsetErrorStatus ?? 400,
			errorBody,
		};
		const env: RouteEnv = {
			paging,
			errorBody,
			listKey: (resource) => (opts.itemsKey === 'contacts' ? resource : 'results'),
		};
		const defs: Array<CliengoRoute<CliengoStore>> = [
			...accountRoutes(env),
			...contactRoutes(env),
			...conversationRoutes(env),
			...siteRoutes(env),
			...userRoutes(env),
		];
		const byName = new Map(defs.map((d) => [d.name, d]));
		const unauthorized: FakeResponse = {
			status: opts.unauthorized?.status ?? 401,
			body: opts.unauthorized && 'body' in opts.unauthorized ? opts.unauthorized.body : errorBody('Invalid api key', 401),
		};
		const acceptBearer = opts.acceptBearer ?? true;
		// The routes are built before super(); they reach the fake through this holder.
		const holder: { fake?: CliengoFake } = {};

		const routes: Array<Route<CliengoStore>> = defs.map((def) => ({
			method: def.method,
			path: def.path,
			name: def.name,
			skipAuth: def.skipAuth,
			handler: async (req, state) => {
				try {
					for (const hook of holder.fake!.hooks) await hook(req, holder.fake!);
					return await def.handler(req, state);
				} catch (error) {
					if (error instanceof CliengoHttpError) return { status: error.status, body: error.body };
					throw error;
				}
			},
		}));

		super({
			name: 'cliengo',
			clock: () => clock.now(),
			state: store,
			routes,
			auth: (req, state) => {
				const key = single(req, 'api_key');
				if (key !== undefined) return key === state.apiKey ? undefined : unauthorized;
				const header = req.headers.authorization;
				const bearer = header && /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
				if (acceptBearer && bearer && (bearer === state.apiKey || state.jwts.has(bearer))) return undefined;
				return unauthorized;
			},
			notFound: () => ({ status: 404, body: errorBody('Not found', 404) }),
			validate: (req, route) => {
				if (!route) return [`no such Cliengo route`];
				const def = byName.get(route.name ?? '');
				if (!def) return [];
				const problems: string[] = [];
				const allowedQuery = new Set([...(def.query ?? []), 'api_key']);
				for (const key of Object.keys(req.query)) {
					if (!allowedQuery.has(key)) problems.push(`unknown query parameter "${key}"`);
				}
				if (def.body !== undefined && def.body !== '*' && req.body && typeof req.body === 'object' && !Buffer.isBuffer(req.body)) {
					for (const key of Object.keys(req.body as object)) {
						if (!def.body.includes(key)) problems.push(`unknown body field "${key}"`);
					}
				}
				if (def.body === undefined && req.rawBody.length > 0) problems.push('unexpected request body');
				return problems;
			},
		});
		holder.fake = this;
		this.clock = clock;
		this.apiKey = apiKey;
		this.webhookKeyField = opts.webhookKeyField ?? 'key';

		this.seed(opts.seed ?? {});
	}

	/**
	 * Replaces all data with a fresh seed: an account, 2 sites with a chatbot and triggers each,
	 * 3 users, conversations, and `contacts` leads spread over [from, to). `false`: the account only.
	 */
	seed(opts: SeedOptions | false = {}): this {
		this.state.clear();
		if (opts === false) seedAccount(this.state);
		else seedStore(this.state, opts);
		return this;
	}

	/** The API base, e.g. `http://127.0.0.1:43121/1.0`. */
	get apiUrl(): string {
		return `${this.url}/1.0`;
	}

	get store(): CliengoStore {
		return this.state;
	}

	/** Credential data for the `leadchatCliengoApi` credential type pointing at this fake. */
	credentials(overrides: Record<string, unknown> = {}): Record<string, unknown> {
		return { apiKey: this.apiKey, keyLocation: 'query', baseUrl: this.apiUrl, ...overrides };
	}

	/** Runs before every authenticated request reaches its handler (e.g. to insert leads mid-poll). */
	onRequest(hook: CliengoRequestHook): () => void {
		this.hooks.push(hook);
		return () => {
			const i = this.hooks.indexOf(hook);
			if (i !== -1) this.hooks.splice(i, 1);
		};
	}

	/** Adds a lead as if the chatbot had captured it (safe to call while a poll is running). */
	insertLead(partial: ContactInput = {}, opts: { creationDate?: Date | number | string } = {}): Contact {
		const input = { ...partial };
		if (opts.creationDate !== undefined) input.creationDate = opts.creationDate;
		const contact = this.state.addContact(buildContact(this.state, input));
		this.state.addHistory(contact.id, { type: 'CREATED', from: null, to: contact.status, message: null, creator: { id: null, name: 'Chatbot' } });
		this.state.account.leadCount = this.state.contacts.size;
		return contact;
	}

	/** Changes a lead as an operator would; sets lastUpdateDate to the clock's now (or `at`). */
	updateLead(id: string, patch: Partial<Contact>, at?: Date | number | string): Contact {
		const contact = this.state.contacts.get(id);
		if (!contact) throw new Error(`No contact ${id}`);
		Object.assign(contact, patch);
		if (patch.creationDate !== undefined) this.state.touchOrder();
		contact.lastUpdateDate = toIso(at ?? this.clock.now());
		return contact;
	}

	deleteLead(id: string): boolean {
		return this.state.removeContact(id);
	}

	contact(id: string): Contact | undefined {
		return this.state.contacts.get(id);
	}

	/** Every contact as GET /contacts orders them (newest first). */
	allContacts(): Contact[] {
		return [...this.state.contactsNewestFirst()];
	}

	/**
	 * Builds the body Cliengo posts to the UI-configured new-lead webhook [C-doc, partial example:
	 * `{"websiteId","message",…,"city",…}`; the rest is [I] from the contact fields]. The shared key
	 * travels inside the JSON [C-doc], in the field `webhookKeyField` [I].
	 */
	newLeadWebhookBody(lead: Contact, key: string, keyField = this.webhookKeyField): Record<string, unknown> {
		return {
			id: lead.id,
			websiteId: lead.websiteId,
			websiteName: lead.websiteName,
			name: lead.name,
			lastName: lead.lastName,
			email: lead.email,
			phone: lead.phone,
			message: lead.message,
			status: lead.status,
			city: lead.geoip.city,
			state: lead.geoip.state,
			country: lead.geoip.country,
			utmSource: lead.utmSource,
			utmMedium: lead.utmMedium,
			utmCampaign: lead.utmCampaign,
			landingUrl: lead.landingUrl,
			creationDate: lead.creationDate,
			[keyField]: key,
		};
	}

	/** POSTs the new-lead webhook to a listener (e.g. an n8n webhook URL). */
	sendNewLeadWebhook(url: string, lead: Contact, key: string, opts: { keyField?: string; headers?: Record<string, string> } = {}): Promise<SendResult> {
		return postJson(url, this.newLeadWebhookBody(lead, key, opts.keyField), opts.headers ?? {});
	}

	/** Start of the UTC day `days` from the clock's now, as epoch ms (handy for dating leads). */
	dayStartMs(days = 0): number {
		const now = this.clock.now();
		return now - (now % DAY_MS) + days * DAY_MS;
	}
}

/** Creates (not starts) a fake Cliengo; `await fake.start()` then use `fake.apiUrl`. */
export function createCliengoFake(opts: CliengoFakeOptions = {}): CliengoFake {
	return new CliengoFake(opts);
}
