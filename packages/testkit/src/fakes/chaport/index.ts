/**
 * A fake Chaport REST API v1 (`https://app.chaport.com/api/v1`, `https://app.chaport.ru/api/v1`) on
 * the FakeServer framework: Bearer auth, the `{result}` envelope, `links.next` / `links.more`,
 * operators, visitors, chats with events, messages, webhook subscriptions and their deliveries.
 * Every inferred shape is in fixtures.ts (with its evidence) and switchable here where two readings
 * are plausible. See README.md.
 *
 * ```ts
 * const fake = createChaportFake();            // standard seed (seed.ts)
 * await fake.start();
 * await fake.call('GET', '/visitors?page=2');  // authenticated with fake.token
 * fake.startChat(fake.seeded!.visitorIds[3], 'Hello');   // emits chat.started
 * await fake.deliverPending();                 // or deliverWebhooks: true + waitForDeliveries()
 * await fake.stop();
 * ```
 */
import { FakeServer, httpSend, type FakeRequest, type FakeResponse, type SendResult } from '../../fake-server';
import { ChaportDeliveries, type Delivery } from './deliveries';
import {
	API_PREFIX,
	DEFAULT_CREATE_STATUS,
	DEFAULT_DELETE_RESULT,
	DEFAULT_DELIVERY_PAYLOAD,
	DEFAULT_ERROR_BODY,
	DEFAULT_PAGE_SIZE,
	DEFAULT_RATE_WINDOW_MS,
	DEFAULT_SUBSCRIPTION_BODY,
	ERRORS,
	type DeleteResultVariant,
	type DeliveryPayloadVariant,
	type ErrorBodyVariant,
	type ErrorKind,
	type SubscriptionBodyVariant,
} from './fixtures';
import { buildRoutes, ChaportError, errorBody, type ChaportHandler, type RouteEnv } from './routes';
import { seedChaport, type SeedOptions, type SeedResult } from './seed';
import { ChaportStore, visitorView, type Chat, type ChatEvent, type Clock, type Operator, type OperatorInput, type StoreEvent, type Visitor, type VisitorInput } from './store';

export * from './fixtures';
export { ChaportStore, makeToken, visitorView, chatView, iso, type Chat, type ChatEvent, type ChatStage, type Clock, type Operator, type OperatorInput, type OperatorRole, type OperatorStatus, type StoreEvent, type Subscription, type Utm, type Visitor, type VisitorInput, type MessageInput } from './store';
export { seedChaport, type SeedOptions, type SeedResult } from './seed';
export { ChaportDeliveries, deliveryPayload, isLocalTarget, type Delivery, type DeliveryOptions } from './deliveries';
export { CHAPORT_ROUTES, ChaportError, errorBody } from './routes';
export { startHookReceiver, type HookReceiver, type ReceivedHook } from '../crisp/receiver';

export interface ChaportRateLimit {
	/** Requests allowed per token per window. */
	limit: number;
	/** Window length in ms (default 60 000). */
	windowMs?: number;
	/** Send `Retry-After` (whole seconds until the window ends; default true). */
	retryAfter?: boolean;
}

export interface ChaportFakeOptions {
	/** Seed data (default: the standard seed); false = empty (add operators and a token yourself). */
	seed?: SeedOptions | false;
	/** Millisecond clock (default Date.now); replace `fake.clock.now` at any time. */
	now?: () => number;
	/** POST each chat.started / chat.finished to the matching subscriptions as it happens (default false). */
	deliverWebhooks?: boolean;
	/** Delivery payload: 'extras' (default) or 'nested' (fixtures.ts). */
	deliveryPayload?: DeliveryPayloadVariant;
	/** Subscription body: 'single' (default: `{targetUrl, event}` only) or 'lenient' (also `{url, events:[…]}`). */
	subscriptionBody?: SubscriptionBodyVariant;
	/** Error body: 'nested' (default `{error:{code,message}}`), 'message' (`{message}`) or 'string' (`{error:"…"}`). */
	errorBody?: ErrorBodyVariant;
	/** Visitors per page (default 20). */
	pageSize?: number;
	/** Status of a create (default 200). */
	createStatus?: 200 | 201;
	/** Result of an operator / subscription delete: 'empty' (default, `{}`) or 'true'. */
	deleteResult?: DeleteResultVariant;
	/** Throttling (off by default). */
	rateLimit?: ChaportRateLimit;
	/** Server name in logs and violations (default "chaport"). */
	name?: string;
}

export interface CallOptions {
	body?: unknown;
	/** Another token (default `fake.token`); null sends no Authorization header. */
	token?: string | null;
	headers?: Record<string, string>;
}

export class ChaportFake extends FakeServer<ChaportStore> {
	readonly clock: Clock;
	readonly deliveries: ChaportDeliveries;
	seeded?: SeedResult;
	errorBody: ErrorBodyVariant;
	private rateLimit?: ChaportRateLimit;
	private readonly windows = new Map<string, { start: number; count: number }>();
	private readonly env: RouteEnv;

	constructor(opts: ChaportFakeOptions = {}) {
		const clock: Clock = { now: opts.now ?? (() => Date.now()) };
		const store = new ChaportStore(clock);
		const holder: { fake?: ChaportFake } = {};
		const wrap = (handler: ChaportHandler) => (req: FakeRequest) => (holder.fake as ChaportFake).handle(req, handler);
		super({
			name: opts.name ?? 'chaport',
			clock: () => clock.now(),
			state: store,
			routes: buildRoutes(wrap),
			validate: (req, route) => (route ? [] : [`no Chaport route ${req.method} ${req.path}`]),
			notFound: () => (holder.fake as ChaportFake).error('routeNotFound'),
		});
		holder.fake = this;
		this.clock = clock;
		this.errorBody = opts.errorBody ?? DEFAULT_ERROR_BODY;
		this.rateLimit = opts.rateLimit;
		this.deliveries = new ChaportDeliveries(store, { auto: opts.deliverWebhooks ?? false, payload: opts.deliveryPayload ?? DEFAULT_DELIVERY_PAYLOAD });
		this.env = {
			store,
			base: () => this.url,
			pageSize: opts.pageSize ?? DEFAULT_PAGE_SIZE,
			createStatus: opts.createStatus ?? DEFAULT_CREATE_STATUS,
			deleteResult: opts.deleteResult ?? DEFAULT_DELETE_RESULT,
			subscriptionBody: opts.subscriptionBody ?? DEFAULT_SUBSCRIPTION_BODY,
			violation: (req, text) => this.violations.push(`${req.method} ${req.rawPath}: ${text}`),
			operatorOf: (req) => this.authenticate(req) as Operator,
		};
		this.seed(opts.seed ?? {});
	}

	// ------------------------------------------------------------------------------ serving

	/** The error answer of a kind, in the configured body variant. */
	error(kind: ErrorKind, message: string = ERRORS[kind].message): FakeResponse {
		return { status: ERRORS[kind].status, body: errorBody(kind, message, this.errorBody) };
	}

	/** The operator of the request's Bearer token, or undefined. */
	authenticate(req: FakeRequest): Operator | undefined {
		const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
		return match ? this.state.operatorOfToken(match[1]) : undefined;
	}

	private throttle(req: FakeRequest): FakeResponse | undefined {
		const limit = this.rateLimit;
		if (!limit) return undefined;
		const windowMs = limit.windowMs ?? DEFAULT_RATE_WINDOW_MS;
		const key = req.headers.authorization ?? '<anonymous>';
		const now = this.clock.now();
		let window = this.windows.get(key);
		if (!window || now - window.start >= windowMs) {
			window = { start: now, count: 0 };
			this.windows.set(key, window);
		}
		window.count += 1;
		if (window.count <= limit.limit) return undefined;
		const response = this.error('rateLimited');
		if (limit.retryAfter !== false) response.headers = { 'Retry-After': String(Math.max(1, Math.ceil((window.start + windowMs - now) / 1000))) };
		return response;
	}

	private handle(req: FakeRequest, handler: ChaportHandler): FakeResponse {
		const throttled = this.throttle(req);
		if (throttled) return throttled;
		if (!this.authenticate(req)) return this.error('unauthorized');
		try {
			return handler(req, this.env);
		} catch (error) {
			if (error instanceof ChaportError) return this.error(error.kind, error.message);
			throw error;
		}
	}

	// ------------------------------------------------------------------------------ set-up

	/** Replaces all data with a fresh standard seed (or nothing with `false`); keeps the clock. */
	seed(opts: SeedOptions | false = {}): this {
		this.state.clear();
		this.seeded = opts === false ? undefined : seedChaport(this.state, opts);
		this.deliveries.reset();
		return this;
	}

	/** Turns throttling on (or off with undefined); counters start afresh. */
	setRateLimit(limit: ChaportRateLimit | undefined): this {
		this.rateLimit = limit;
		this.windows.clear();
		return this;
	}

	/** Answers the next `times` requests (matching `match`) with 429, with or without Retry-After. */
	throttleNext(times = 1, opts: { retryAfter?: number | false; match?: { method?: string; path?: string | RegExp } } = {}): this {
		const retryAfter = opts.retryAfter ?? 1;
		this.inject({ status: 429, headers: retryAfter === false ? {} : { 'Retry-After': String(retryAfter) }, body: errorBody('rateLimited', ERRORS.rateLimited.message, this.errorBody) }, { times, match: opts.match });
		return this;
	}

	// ------------------------------------------------------------------------------ access

	/** The API base, `http://127.0.0.1:<port>/api/v1` (the credential's custom base URL). */
	get url(): string {
		return `${super.url}${API_PREFIX}`;
	}

	/** `http://127.0.0.1:<port>` (no path). */
	get origin(): string {
		return super.url;
	}

	get store(): ChaportStore {
		return this.state;
	}

	/** The standard access token (of the seeded admin, `/me.json`'s operator). */
	get token(): string {
		if (!this.seeded) throw new Error('the fake was created with seed: false (use store.addToken)');
		return this.seeded.token;
	}

	/** The operator `/me.json` answers for `fake.token`. */
	get me(): Operator {
		return this.state.operatorOfToken(this.token) as Operator;
	}

	/** Credential data for `leadchatChaportApi` pointing at this fake. */
	credentials(overrides: Record<string, unknown> = {}): { region: 'custom'; baseUrl: string; accessToken: string } & Record<string, unknown> {
		return { region: 'custom', baseUrl: this.url, accessToken: this.token, ...overrides };
	}

	authHeaders(token = this.token): Record<string, string> {
		return { Authorization: `Bearer ${token}` };
	}

	/** Sends a request; `path` is relative to `/api/v1` (e.g. `/visitors?page=2`); authenticated with `fake.token` by default. */
	call(method: string, path: string, opts: CallOptions = {}): Promise<SendResult> {
		const auth = opts.token === null ? {} : this.authHeaders(opts.token ?? this.token);
		return httpSend(`${this.url}${path}`, { method, body: opts.body, headers: { ...auth, ...(opts.headers ?? {}) } });
	}

	/** Delivery log (every attempt, refused ones included). */
	get deliveryLog(): Delivery[] {
		return this.deliveries.log;
	}

	/** Sends pending events to the subscriptions now (when `deliverWebhooks` is off). */
	deliverPending(): Promise<Delivery[]> {
		return this.deliveries.deliverPending();
	}

	/** Waits for scheduled and in-flight deliveries (when `deliverWebhooks` is on). */
	waitForDeliveries(): Promise<Delivery[]> {
		return this.deliveries.waitForDeliveries();
	}

	/** Sends a delivery again, byte for byte. */
	redeliver(delivery: Delivery): Promise<Delivery> {
		return this.deliveries.redeliver(delivery);
	}

	/** Events recorded (chat.started / chat.finished) since the seed. */
	get events(): StoreEvent[] {
		return this.state.events;
	}

	// ------------------------------------------------------------------ changes as Chaport makes them

	/** A new visitor (no chat yet). */
	addVisitor(input: VisitorInput = {}): Visitor {
		return this.state.addVisitor(input);
	}

	addOperator(input: OperatorInput): Operator {
		return this.state.addOperator(input);
	}

	/** The visitor starts a new chat with a message (emits chat.started). */
	startChat(visitorId: string, text: string, opts: { startPage?: string; at?: number } = {}): { chat: Chat; event: ChatEvent } {
		this.requireVisitor(visitorId);
		const chat = this.state.createChat(visitorId, { startPage: opts.startPage ?? null, at: opts.at });
		const event = this.state.addMessage(chat, { text, at: opts.at });
		return { chat, event };
	}

	/**
	 * The visitor writes: into `chatId`, else the open chat, else a new chat (chat.started), as a
	 * visitor writing after a closed chat starts a new one [I].
	 */
	visitorMessage(visitorId: string, text: string, chatId?: number): ChatEvent {
		this.requireVisitor(visitorId);
		if (chatId === undefined && !this.state.openChat(visitorId)) return this.startChat(visitorId, text).event;
		return this.state.addMessage(this.requireChat(visitorId, chatId), { text });
	}

	/** An operator writes into the visitor's open chat (or `chatId`); default operator: the token's. */
	operatorMessage(visitorId: string, text: string, opts: { chatId?: number; operatorId?: string } = {}): ChatEvent {
		return this.state.addMessage(this.requireChat(visitorId, opts.chatId), { text, operatorId: opts.operatorId ?? this.me.id });
	}

	/** The chat closes (emits chat.finished). Default: the visitor's latest chat. */
	finishChat(visitorId: string, chatId?: number): Chat {
		return this.state.closeChat(this.requireChat(visitorId, chatId));
	}

	visitor(id: string): Visitor | undefined {
		return this.state.visitors.get(id);
	}

	/** The visitor as the API renders it. */
	visitorJson(id: string): Record<string, unknown> {
		return visitorView(this.requireVisitor(id));
	}

	chats(visitorId: string): Chat[] {
		return this.state.chatsOf(visitorId);
	}

	chat(visitorId: string, chatId?: number): Chat | undefined {
		return chatId === undefined ? this.state.latestChat(visitorId) : this.state.chat(visitorId, chatId);
	}

	private requireVisitor(id: string): Visitor {
		const visitor = this.state.visitors.get(id);
		if (!visitor) throw new Error(`no visitor ${id}`);
		return visitor;
	}

	private requireChat(visitorId: string, chatId?: number): Chat {
		this.requireVisitor(visitorId);
		const chat = this.chat(visitorId, chatId);
		if (!chat) throw new Error(`visitor ${visitorId} has no chat${chatId === undefined ? '' : ` ${chatId}`}`);
		return chat;
	}

	async stop(): Promise<void> {
		await this.deliveries.close();
		await super.stop();
	}
}

/** Creates (not starts) a fake Chaport; `await fake.start()`, then use `fake.url` and `fake.token`. */
export function createChaportFake(opts: ChaportFakeOptions = {}): ChaportFake {
	return new ChaportFake(opts);
}
