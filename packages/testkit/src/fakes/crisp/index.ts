/**
 * A fake Crisp REST API v1 (`https://api.crisp.chat/v1`) on the FakeServer framework, behaving as
 * `shared/api/crisp.md` says the live API does. It serves all 229 methods of the official Node
 * client crisp-api@11.3.0 (the route table in routes.ts), with a stateful store for what workflows
 * touch, and sends hook deliveries (signed plugin hooks, website hooks with `?key=`).
 *
 * ```ts
 * const fake = createCrispFake();                    // standard seed, strict validation
 * await fake.start();
 * const res = await fake.call('GET', `/website/${fake.websiteId}/conversations/1`);
 * fake.hooks.addPluginHook({ url: receiverUrl });     // then fake.hooks.deliverPending()
 * fake.assertNoViolations();
 * await fake.stop();
 * ```
 *
 * Every request is checked against the route table (method, path shapes, query, body); problems
 * are recorded in `fake.violations` (so `assertNoViolations()` fails the test) and, with `strict`
 * (default), answered 400 invalid_data, or 404 / 405 for an unknown route. Inferred behaviour is
 * listed in fixtures.ts and configurable here.
 */
import { FakeServer, httpSend, type FakeRequest, type FakeResponse, type LoggedRequest, type Route, type SendResult } from '../../fake-server';
import { CrispError, Ctx, errorResponse, type RouteEnv } from './context';
import { CONVERSATION_DATE_FIELD, INCLUDE_EMPTY_BY_DEFAULT, MESSAGE_BATCH_SIZE, MESSAGES_PARTIAL_STATUS, DEFAULT_PAGE_SIZE, RATE_LIMIT, SUCCESS_REASONS, SUCCESS_STATUS_OVERRIDES, type SuccessKind } from './fixtures';
import { handlerFor } from './handlers';
import { CrispHooks, type HookOptions } from './hooks';
import { CrispRateLimiter, throttledResponse, type CrispRateLimitOptions } from './rate-limit';
import { CRISP_ROUTES, type CrispRouteSpec } from './routes';
import { seedCrisp, type SeedOptions, type SeedResult } from './seed';
import { CrispStore, type ConversationInput, type CrispToken, type MessageInput, type ProfileInput, type WebsiteState } from './store';
import type { Conversation, ConversationState, Json, Message, PeopleProfile, Tier } from './types';
import { buildGroups, methodsForPath, validateRequest, type RouteGroup, type Validation } from './validate';

export * from './types';
export * from './fixtures';
export { CRISP_ROUTES, MESSAGE_CONTENT, MESSAGE_NEW, routeKey, successKind, type CrispRouteSpec, type CrispMethod } from './routes';
export { CrispStore, prng, type ConversationInput, type CrispToken, type HookEvent, type MessageInput, type ProfileInput } from './store';
export { seedCrisp, sampleContent, type SeedOptions, type SeedResult } from './seed';
export { signCrispHook, verifyCrispHook, CrispHooks, type HookDelivery, type HookOptions, type PluginHookTarget, type WebsiteHookTarget, type RedeliverOptions } from './hooks';
export { CrispRateLimiter, type CrispRateLimitOptions } from './rate-limit';
export { buildGroups, validateRequest, MAX_TREE_DEPTH, type RouteGroup } from './validate';
export { check, S, type Schema } from './schema';
export { sampleCall, type SampleCall } from './samples';
export { startHookReceiver, type HookReceiver, type ReceivedHook } from './receiver';

export interface CrispFakeOptions {
	/** Seed data (default: the standard seed); false = empty store (add websites and tokens yourself). */
	seed?: SeedOptions | false;
	/** Millisecond clock (default Date.now); replace `fake.clock.now` at any time. */
	now?: () => number;
	/** Answer contract violations with 400 / 404 / 405 (default true). They are always recorded. */
	strict?: boolean;
	/** Throttle per token (off by default). */
	rateLimit?: CrispRateLimitOptions;
	/** Messages per `…/messages` answer (default 20 [I]). */
	messageBatchSize?: number;
	/** Status of a `…/messages` answer with more beyond it (default 206 [3P, Crisp staff]; 200 to turn off). */
	messagesPartialStatus?: number;
	/** listConversations includes conversations without messages when `include_empty` is absent (default false [I]). */
	includeEmptyByDefault?: boolean;
	/** Field of `filter_date_start/end` on conversations (default created_at [I]). */
	conversationDateField?: 'created_at' | 'updated_at';
	/** Page size of page-numbered lists other than conversations and profiles (default 20 [I]). */
	pageSize?: number;
	/** Success reason strings by kind (defaults in fixtures.ts [I]). */
	reasons?: Partial<Record<SuccessKind, string>>;
	/** Success status by client method (default 200, sendMessageInConversation 202 [3P-obs]). */
	successStatus?: Record<string, number>;
	/** Hook targets and delivery behaviour. */
	hooks?: HookOptions;
	/** Server name in logs and violations (default "crisp"). */
	name?: string;
}

const TIERS: readonly Tier[] = ['plugin', 'website', 'user'];

/** `Authorization: Basic base64(identifier:key)` + `X-Crisp-Tier` [C-client]. */
export function crispAuthHeaders(token: Pick<CrispToken, 'identifier' | 'key' | 'tier'>): Record<string, string> {
	return { Authorization: `Basic ${Buffer.from(`${token.identifier}:${token.key}`).toString('base64')}`, 'X-Crisp-Tier': token.tier };
}

export interface CallOptions {
	query?: Record<string, string | number | boolean>;
	body?: unknown;
	/** Token tier to use (default plugin), or a token. */
	tier?: Tier;
	token?: Pick<CrispToken, 'identifier' | 'key' | 'tier'>;
	headers?: Record<string, string>;
}

export class CrispFake extends FakeServer<CrispStore> {
	readonly clock: { now: () => number };
	readonly hooks: CrispHooks;
	readonly groups: RouteGroup[];
	/** The route table (229 entries). */
	readonly routeTable: readonly CrispRouteSpec[] = CRISP_ROUTES;
	seeded?: SeedResult;
	strict: boolean;
	private limiter?: CrispRateLimiter;
	private readonly env: RouteEnv;
	private readonly checked = new WeakMap<FakeRequest, Validation>();

	constructor(opts: CrispFakeOptions = {}) {
		const clock = { now: opts.now ?? (() => Date.now()) };
		const store = new CrispStore(clock, opts.seed ? (opts.seed.random ?? 1) : 1);
		const groups = buildGroups();
		const holder: { fake?: CrispFake } = {};
		// Each route's own group: two client files share a method name (listAllActiveSubscriptions for
		// plans and plugins, getConnectEndpoints for plugins and websites), so the name cannot find it.
		const groupOf = new Map<Route<CrispStore>, RouteGroup>();
		const routes: Array<Route<CrispStore>> = [];
		for (const group of groups) {
			for (const path of group.patterns) {
				const route: Route<CrispStore> = { method: group.method, path, name: group.name, handler: (req) => (holder.fake as CrispFake).handle(req, group) };
				groupOf.set(route, group);
				routes.push(route);
			}
		}
		// Literal segments before parameters, so a literal route always wins over a parameter one.
		const key = (path: string) =>
			path
				.split('/')
				.filter(Boolean)
				.map((s) => (s.startsWith(':') ? '1' : '0'))
				.join('');
		routes.sort((a, b) => (key(a.path) < key(b.path) ? -1 : key(a.path) > key(b.path) ? 1 : 0));

		super({
			name: opts.name ?? 'crisp',
			clock: () => clock.now(),
			state: store,
			routes,
			validate: (req, route) => {
				const fake = holder.fake as CrispFake;
				if (!route) {
					const methods = methodsForPath(fake.groups, req.rawPath);
					return [methods.length ? `no Crisp route ${req.method} ${req.path} (the path serves ${methods.join(', ')})` : `no Crisp route ${req.method} ${req.path}`];
				}
				return fake.validation(req, groupOf.get(route) as RouteGroup).problems;
			},
			notFound: (req) => {
				const fake = holder.fake as CrispFake;
				const head = req.method === 'HEAD';
				if (!fake.strict) return errorResponse('routeNotFound', head);
				return errorResponse(methodsForPath(fake.groups, req.rawPath).length ? 'methodNotAllowed' : 'routeNotFound', head);
			},
		});
		holder.fake = this;
		this.clock = clock;
		this.groups = groups;
		this.strict = opts.strict ?? true;
		this.env = {
			messageBatchSize: opts.messageBatchSize ?? MESSAGE_BATCH_SIZE,
			messagesPartialStatus: opts.messagesPartialStatus ?? MESSAGES_PARTIAL_STATUS,
			includeEmptyByDefault: opts.includeEmptyByDefault ?? INCLUDE_EMPTY_BY_DEFAULT,
			conversationDateField: opts.conversationDateField ?? CONVERSATION_DATE_FIELD,
			pageSize: opts.pageSize ?? DEFAULT_PAGE_SIZE,
			reasons: { ...SUCCESS_REASONS, ...(opts.reasons ?? {}) },
			successStatus: { ...SUCCESS_STATUS_OVERRIDES, ...(opts.successStatus ?? {}) },
		};
		if (opts.rateLimit) this.setRateLimit(opts.rateLimit);
		this.hooks = new CrispHooks(store, opts.hooks);
		this.seed(opts.seed ?? {});
	}

	// ------------------------------------------------------------------------------ serving

	private validation(req: FakeRequest, group: RouteGroup): Validation {
		let found = this.checked.get(req);
		if (!found) {
			found = validateRequest(req, group);
			this.checked.set(req, found);
		}
		return found;
	}

	/** Finds the token of a request, or undefined (→ 401 invalid_session). */
	authenticate(req: FakeRequest): CrispToken | undefined {
		const tier = req.headers['x-crisp-tier'];
		const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(req.headers.authorization ?? '');
		if (!match || !tier || !(TIERS as readonly string[]).includes(tier)) return undefined;
		const decoded = Buffer.from(match[1], 'base64').toString('utf8');
		const colon = decoded.indexOf(':');
		if (colon <= 0) return undefined;
		const identifier = decoded.slice(0, colon);
		const key = decoded.slice(colon + 1);
		return this.state.tokens.find((t) => t.tier === tier && t.identifier === identifier && t.key === key);
	}

	private async handle(req: FakeRequest, group: RouteGroup): Promise<FakeResponse> {
		const { spec, params, problems } = this.validation(req, group);
		const head = spec.method === 'HEAD';
		try {
			const limited = this.limiter?.check(req);
			if (limited) return limited;
			const token = this.authenticate(req);
			if (!token) return errorResponse('invalidSession', head);
			if (token.denied?.includes(spec.client)) return errorResponse('notAllowed', head);
			if (this.strict && problems.length) return errorResponse('invalidData', head);
			// [C-doc] plugin connect routes belong to the plugin tier [I: others get 403].
			if (spec.path.startsWith('/v1/plugin/connect') && token.tier !== 'plugin') return errorResponse('notAllowed', head);
			const websiteId = params.websiteID;
			if (websiteId !== undefined) {
				if (!this.state.site(websiteId)) return errorResponse('notFound', head);
				if (token.websites && !token.websites.includes(websiteId)) return errorResponse('notAllowed', head);
				// [C-doc] a plugin token works on the websites that installed the plugin [I: 403 elsewhere].
				if (token.tier === 'plugin' && !token.websites && !this.state.pluginSubscriptions.has(`${websiteId}:${this.state.pluginId}`)) return errorResponse('notAllowed', head);
			}
			const handler = handlerFor(spec);
			if (!handler) throw new Error(`no handler for ${spec.file}.${spec.client}`);
			return await handler(new Ctx(req, spec, this.state, this.env, token, params));
		} catch (error) {
			if (error instanceof CrispError) return errorResponse(error.kind, head);
			throw error;
		}
	}

	// ------------------------------------------------------------------------------ set-up

	/** Replaces all data with a fresh standard seed (or nothing with `false`). */
	seed(opts: SeedOptions | false = {}): this {
		this.state.clear(opts ? (opts.random ?? 1) : 1);
		this.hooks.reset();
		this.seeded = opts === false ? undefined : seedCrisp(this.state, opts);
		return this;
	}

	/** Turns throttling on (or off with undefined); counters start afresh. */
	setRateLimit(opts: CrispRateLimitOptions | undefined): this {
		this.limiter = opts ? new CrispRateLimiter(opts, () => this.clock.now()) : undefined;
		return this;
	}

	/** Throttles the next `times` matching requests (429 or 420, the envelope, no Retry-After). */
	throttleNext(times = 1, status: 429 | 420 = RATE_LIMIT.status, match?: { method?: string; path?: string | RegExp }): this {
		this.inject({ status, body: (throttledResponse(status) as { body: unknown }).body }, { times, match });
		return this;
	}

	// ------------------------------------------------------------------------------ access

	/** The REST host for `Crisp.setRestHost()` (the client appends `/v1/`). */
	get restHost(): string {
		return this.url;
	}

	/** The API base, e.g. `http://127.0.0.1:43121/v1`. */
	get apiUrl(): string {
		return `${this.url}/v1`;
	}

	get store(): CrispStore {
		return this.state;
	}

	/** The first seeded website. */
	get websiteId(): string {
		if (!this.seeded) throw new Error('the fake was created with seed: false');
		return this.seeded.websiteId;
	}

	token(tier: Tier = 'plugin'): CrispToken {
		const token = this.state.tokens.find((t) => t.tier === tier);
		if (!token) throw new Error(`no ${tier} token`);
		return token;
	}

	authHeaders(tier: Tier = 'plugin'): Record<string, string> {
		return crispAuthHeaders(this.token(tier));
	}

	/** Credential data pointing at this fake (field names of the node's credential may differ). */
	credentials(tier: Tier = 'plugin', overrides: Json = {}): Json {
		const token = this.token(tier);
		return { identifier: token.identifier, key: token.key, tier, websiteId: this.seeded?.websiteId ?? '', baseUrl: this.apiUrl, ...overrides };
	}

	/** Sends an authenticated request; `path` is relative to `/v1` (e.g. `/website/<id>/conversations/1`). */
	call(method: string, path: string, opts: CallOptions = {}): Promise<SendResult> {
		const query = opts.query ? `?${new URLSearchParams(Object.entries(opts.query).map(([k, v]) => [k, String(v)])).toString()}` : '';
		const auth = opts.token ? crispAuthHeaders(opts.token) : this.authHeaders(opts.tier);
		return httpSend(`${this.apiUrl}${path}${query}`, { method, body: opts.body, headers: { ...auth, ...(opts.headers ?? {}) } });
	}

	/** Logged requests that reached a client method's route (shared routes told apart by body shape). */
	requestsFor(client: string): LoggedRequest[] {
		return this.requests.filter((r) => {
			if (!r.route || !r.route.split('|').includes(client)) return false;
			const group = this.groups.find((g) => g.name === r.route);
			return !group || group.specs.length === 1 || validateRequest(r, group).spec.client === client;
		});
	}

	// ------------------------------------------------------------------ changes as Crisp makes them

	site(websiteId = this.websiteId): WebsiteState {
		return this.state.requireSite(websiteId);
	}

	private websiteOf(sessionId: string, websiteId?: string): string {
		if (websiteId) return websiteId;
		for (const [id, site] of this.state.websites) if (site.conversations.has(sessionId)) return id;
		throw new Error(`no conversation ${sessionId}`);
	}

	/** A visitor opens the chatbox (`session:request:initiated` unless `initiated: false`). */
	addConversation(input: ConversationInput = {}, websiteId = this.websiteId): Conversation {
		return this.state.createConversation(websiteId, { initiated: true, ...input });
	}

	/** A visitor writes (`message:send`); a string is a text message. */
	addVisitorMessage(sessionId: string, input: string | MessageInput, websiteId?: string): Message {
		const message = typeof input === 'string' ? { content: input } : input;
		return this.state.addMessage(this.websiteOf(sessionId, websiteId), sessionId, { type: 'text', origin: 'chat', ...message, from: 'user' });
	}

	/** An operator writes (`message:received`); a string is a text message. */
	addOperatorMessage(sessionId: string, input: string | MessageInput, websiteId?: string): Message {
		const message = typeof input === 'string' ? { content: input } : input;
		return this.state.addMessage(this.websiteOf(sessionId, websiteId), sessionId, { type: 'text', origin: 'chat', ...message, from: 'operator' });
	}

	setConversationState(sessionId: string, state: ConversationState, websiteId?: string): Conversation {
		return this.state.setState(this.websiteOf(sessionId, websiteId), sessionId, state) as Conversation;
	}

	updateConversationMetas(sessionId: string, metas: Partial<Conversation['meta']>, websiteId?: string): Conversation {
		return this.state.updateMetas(this.websiteOf(sessionId, websiteId), sessionId, metas) as Conversation;
	}

	/** A profile appears (`people:profile:created`). */
	addProfile(input: ProfileInput, websiteId = this.websiteId): PeopleProfile {
		return this.state.addProfile(websiteId, input);
	}

	/** A profile changes (`people:profile:updated`), merged like PATCH. */
	updateProfile(idOrEmail: string, card: Json, websiteId = this.websiteId): PeopleProfile {
		const profile = this.state.profile(websiteId, idOrEmail);
		if (!profile) throw new Error(`no profile ${idOrEmail}`);
		return this.state.updateProfile(websiteId, profile, card, false);
	}

	conversation(sessionId: string, websiteId?: string): Conversation | undefined {
		return this.state.conversation(websiteId ?? this.websiteOf(sessionId), sessionId);
	}

	messages(sessionId: string, websiteId?: string): Message[] {
		return this.state.messagesOf(websiteId ?? this.websiteOf(sessionId), sessionId);
	}

	profile(idOrEmail: string, websiteId = this.websiteId): PeopleProfile | undefined {
		return this.state.profile(websiteId, idOrEmail);
	}

	async stop(): Promise<void> {
		await this.hooks.flush();
		await super.stop();
	}
}

/** Creates (not starts) a fake Crisp; `await fake.start()`, then use `fake.apiUrl` / `fake.restHost`. */
export function createCrispFake(opts: CrispFakeOptions = {}): CrispFake {
	return new CrispFake(opts);
}
