/**
 * A fake Chatwoot server for tests, end-to-end runs in real n8n, and demos.
 *
 * ```ts
 * const fake = createChatwootFake();            // seeded "Acme" account, strict spec validation
 * const url = await fake.start();               // http://127.0.0.1:<port>
 * await fetch(`${url}/api/v1/accounts/${fake.accountId}/contacts`, { headers: { api_access_token: fake.tokens.user } });
 * fake.server.inject({ status: 500 }, { match: { path: /contacts/ } });   // fault injection (framework)
 * fake.assertNoViolations();
 * await fake.stop();
 * ```
 *
 * Behaviour follows Chatwoot's server code where it differs from its OpenAPI spec
 * (`shared/api/chatwoot.md` §10). Every request is also validated against the spec
 * (`spec-validator.ts` + `spec-corrections.ts`); violations land in `fake.server.violations`
 * and, with `strictSpec` (default), are answered 400 `{"error":"spec violation: …"}`.
 */
import { FakeServer, type FakeRequest, type FakeResponse, type Route } from '../../fake-server';
import { compileRoutes, declaredOperations, preflight, type RouteDef, type Runtime } from './dsl';
import { RateLimiter, type RateLimitOptions } from './rate-limit';
import { accountRoutes } from './routes/account';
import { agentTeamRoutes } from './routes/agents-teams';
import { automationRoutes } from './routes/automation';
import { companyRoutes } from './routes/companies';
import { contactRoutes } from './routes/contacts';
import { conversationRoutes } from './routes/conversations';
import { inboxRoutes } from './routes/inboxes';
import { integrationRoutes } from './routes/integrations';
import { messageRoutes } from './routes/messages';
import { notificationRoutes } from './routes/notifications';
import { platformRoutes } from './routes/platform';
import { portalRoutes } from './routes/portals';
import { publicRoutes } from './routes/public';
import { captainRoutes } from './routes/captain';
import { reportRoutes } from './routes/reports';
import { searchRoutes } from './routes/search';
import { settingsRoutes } from './routes/settings';
import { seedChatwoot, type SeedResult } from './seed';
import { SpecValidator, loadChatwootSpec, locateChatwootSpec } from './spec-validator';
import { ChatwootState, type ContactInput, type ConversationInput, type MessageInput, type WebhookEvent } from './store';
import type { Contact, Conversation, Inbox, Message } from './types';
import {
	WebhookDispatcher,
	buildWebhookPayload,
	sendWebhook,
	type SendWebhookOptions,
	type WebhookDelivery,
	type WebhookRefs,
	type WebhookSendResult,
} from './webhooks';

export interface ChatwootFakeOptions {
	/** Seed the realistic "Acme" account (default true). Without it the fake starts empty. */
	seed?: boolean;
	/** Answer spec violations with 400 (default true). Violations are always recorded. */
	strictSpec?: boolean;
	/** Validate requests against the OpenAPI spec at all (default true). */
	validateSpec?: boolean;
	/** Per-token throttling (off by default; see rate-limit.ts for what is inferred). */
	rateLimit?: RateLimitOptions;
	/** Deliver webhooks for state changes to registered account webhooks / API inbox webhook_url (default false). */
	deliverWebhooks?: boolean;
	/** Conversations per page (Chatwoot's CONVERSATION_RESULTS_PER_PAGE, default 25). */
	conversationsPerPage?: number;
	/** Path of swagger.json (default: `$CHATWOOT_SPEC`, then the bundled copy, then `shared/specs/chatwoot`). */
	specPath?: string;
	/** Millisecond clock (default Date.now). */
	clock?: () => number;
	/** Seed of the deterministic token/uuid generator. */
	randomSeed?: number;
	/** Server name in logs/violations (default "chatwoot"). */
	name?: string;
	/**
	 * Behave as a Community Edition server: a request for which this returns true (an
	 * Enterprise-only route; the caller knows which, e.g. from the route census) is answered as a CE
	 * server answers it, with Rails' 404 page, before auth and the route's handler. Default: an
	 * Enterprise server (Chatwoot Cloud), every route served.
	 */
	communityEdition?: (method: string, path: string) => boolean;
}

export interface ChatwootTokens {
	/** Administrator of account 1 (Alice). */
	user: string;
	/** Plain agent of account 1 (Bob). */
	agent: string;
	/** Agent-bot token (limited to BOT_ACCESSIBLE_ENDPOINTS). */
	agentBot: string;
	/** Platform-app token for `/platform/api/v1`. */
	platform: string;
	/** Administrator of account 2 only (Dave). */
	otherAccountUser: string;
}

export interface ChatwootFake {
	readonly server: FakeServer<ChatwootState>;
	readonly state: ChatwootState;
	/** Seeded account id (1), or 0 when not seeded. */
	readonly accountId: number;
	/** Second seeded account (2), or 0. */
	readonly otherAccountId: number;
	readonly tokens: ChatwootTokens;
	/** Seed details (user/inbox/team ids, API inbox identifier); undefined when `seed: false`. */
	readonly seeded?: SeedResult;
	readonly validator?: SpecValidator;
	/** Base URL; throws before `start()`. */
	readonly url: string;
	/** Spec violations recorded so far (alias of `server.violations`). */
	readonly violations: string[];
	/** Deliveries made by `deliverWebhooks`. */
	readonly webhookDeliveries: WebhookDelivery[];
	/** The route table: `{method, path, name, source}` (`source: 'code'` = confirmed from server code, not in the spec). */
	readonly routes: Array<{ method: string; path: string; name: string; source: 'spec' | 'code' }>;

	start(port?: number): Promise<string>;
	stop(): Promise<void>;
	assertNoViolations(): void;
	/** Turns throttling on (fresh windows) or off (`undefined`) on a running fake. */
	setRateLimit(options: RateLimitOptions | undefined): void;

	addContact(input?: ContactInput & { inboxId?: number; sourceId?: string }, accountId?: number): Contact;
	addConversation(input: Partial<ConversationInput> & { contactId?: number; inboxId?: number }, accountId?: number): Conversation;
	addMessage(conversation: Conversation | number, input?: MessageInput, accountId?: number): Message;
	addInbox(input: Partial<Inbox> & { name: string }, accountId?: number): Inbox;
	/** Looks a conversation up by display id. */
	conversation(displayId: number, accountId?: number): Conversation | undefined;

	/** POSTs a webhook like Chatwoot (§9.2/§9.3). `payload` gets `event` merged in. */
	sendWebhook(url: string, event: WebhookEvent | string, payload: Record<string, unknown>, options?: SendWebhookOptions): Promise<WebhookSendResult>;
	/** Builds a realistic payload (without `event`) for one of the 12 events from the current state. */
	webhookPayload(event: WebhookEvent, refs?: WebhookRefs & { conversationDisplayId?: number }, accountId?: number): Record<string, unknown>;
	/** Builds the payload and sends it. */
	sendEvent(url: string, event: WebhookEvent, refs?: WebhookRefs & { conversationDisplayId?: number }, options?: SendWebhookOptions): Promise<WebhookSendResult>;
	/** Waits for webhook deliveries in flight. */
	flushWebhooks(): Promise<void>;
}

/** Every route of the fake: the spec operations and the code-confirmed routes (`source: 'code'`), one table. */
export function chatwootRouteDefs(): RouteDef[] {
	return [
		...accountRoutes(),
		...agentTeamRoutes(),
		...contactRoutes(),
		...companyRoutes(),
		...conversationRoutes(),
		...messageRoutes(),
		...notificationRoutes(),
		...searchRoutes(),
		...inboxRoutes(),
		...settingsRoutes(),
		...integrationRoutes(),
		...automationRoutes(),
		...portalRoutes(),
		...reportRoutes(),
		...captainRoutes(),
		...platformRoutes(),
		...publicRoutes(),
	];
}

const NOT_FOUND_HTML = "<!DOCTYPE html><html><head><title>The page you were looking for doesn't exist (404)</title></head><body><h1>The page you were looking for doesn't exist.</h1></body></html>";

const notFoundPage = (): FakeResponse => ({ status: 404, headers: { 'content-type': 'text/html; charset=utf-8' }, body: NOT_FOUND_HTML });

/** A CE server does not draw the Enterprise routes (or lacks their actions): Rails' 404 page. */
function communityEdition(routes: Route<ChatwootState>[], enterpriseOnly: ChatwootFakeOptions['communityEdition']): Route<ChatwootState>[] {
	if (!enterpriseOnly) return routes;
	return routes.map((route) => ({ ...route, handler: (req, ...rest) => (enterpriseOnly(req.method, req.path) ? notFoundPage() : route.handler(req, ...rest)) }));
}

export function createChatwootFake(options: ChatwootFakeOptions = {}): ChatwootFake {
	const state = new ChatwootState({ clock: options.clock, randomSeed: options.randomSeed });
	const seeded = options.seed === false ? undefined : seedChatwoot(state);
	const defs = chatwootRouteDefs();
	const validator =
		options.validateSpec === false ? undefined : new SpecValidator(loadChatwootSpec(options.specPath ?? locateChatwootSpec()), { declared: declaredOperations(defs) });
	const runtime: Runtime = {
		state,
		validator,
		strictSpec: options.strictSpec ?? true,
		rateLimiter: options.rateLimit ? new RateLimiter(options.rateLimit, state.clock) : undefined,
		conversationsPerPage: options.conversationsPerPage ?? 25,
	};
	const server = new FakeServer<ChatwootState>({
		name: options.name ?? 'chatwoot',
		state,
		routes: communityEdition(compileRoutes(defs, runtime), options.communityEdition),
		validate: validator ? (req: FakeRequest) => validator.validate(req) : undefined,
		// Unknown route: Rails answers its static 404 page [I]; strict mode answers the spec violation.
		notFound: (req: FakeRequest): FakeResponse =>
			preflight(req, runtime) ?? notFoundPage(),
	});
	const dispatcher = new WebhookDispatcher(state);

	const accountOr = (accountId?: number) => {
		const id = accountId ?? seeded?.accountId;
		if (id === undefined) throw new Error('no account: pass accountId (the fake was created with seed: false)');
		return id;
	};
	const conversationRef = (refs: WebhookRefs & { conversationDisplayId?: number } = {}, accountId: number): WebhookRefs => {
		if (refs.conversationDisplayId === undefined) return refs;
		const conversation = state.conversationByDisplayId(accountId, refs.conversationDisplayId);
		if (!conversation) throw new Error(`no conversation #${refs.conversationDisplayId} in account ${accountId}`);
		return { ...refs, conversationId: conversation.id };
	};

	const fake: ChatwootFake = {
		server,
		state,
		accountId: seeded?.accountId ?? 0,
		otherAccountId: seeded?.otherAccountId ?? 0,
		tokens: seeded?.tokens ?? { user: '', agent: '', agentBot: '', platform: '', otherAccountUser: '' },
		seeded,
		validator,
		get url() {
			return server.url;
		},
		get violations() {
			return server.violations;
		},
		webhookDeliveries: dispatcher.deliveries,
		routes: defs.map((d) => ({ method: d.method, path: d.path, name: d.name, source: d.source ?? 'spec' })),

		async start(port?: number) {
			const url = await server.start(port);
			state.baseUrl = url;
			if (options.deliverWebhooks) dispatcher.start();
			return url;
		},
		async stop() {
			dispatcher.stop();
			await dispatcher.flush();
			await server.stop();
		},
		assertNoViolations() {
			server.assertNoViolations();
		},
		setRateLimit(limit) {
			runtime.rateLimiter = limit ? new RateLimiter(limit, state.clock) : undefined;
		},

		addContact(input = {}, accountId) {
			const id = accountOr(accountId);
			const { inboxId, sourceId, ...fields } = input;
			const contact = state.createContact(id, { name: fields.name ?? `Contact ${state.contacts.length + 1}`, ...fields });
			if (inboxId !== undefined) {
				const inbox = state.inbox(id, inboxId);
				if (!inbox) throw new Error(`no inbox ${inboxId} in account ${id}`);
				state.ensureContactInbox(contact, inbox, sourceId);
			}
			return contact;
		},
		addConversation(input, accountId) {
			const id = accountOr(accountId);
			const inboxId = input.inbox_id ?? input.inboxId ?? state.inboxes.find((i) => i.account_id === id)?.id;
			if (inboxId === undefined) throw new Error('addConversation: no inbox');
			const contactId = input.contact_id ?? input.contactId ?? fake.addContact({ inboxId }, id).id;
			return state.createConversation(id, { ...input, inbox_id: inboxId, contact_id: contactId });
		},
		addMessage(conversation, input = {}, accountId) {
			const target = typeof conversation === 'number' ? state.conversationByDisplayId(accountOr(accountId), conversation) : conversation;
			if (!target) throw new Error(`addMessage: no conversation ${String(conversation)}`);
			return state.createMessage(target, { content: 'Hello from the fake', message_type: 'incoming', ...input });
		},
		addInbox(input, accountId) {
			return state.createInbox(accountOr(accountId), input);
		},
		conversation(displayId, accountId) {
			return state.conversationByDisplayId(accountOr(accountId), displayId);
		},

		sendWebhook(url, event, payload, sendOptions) {
			return sendWebhook(url, event, payload, sendOptions);
		},
		webhookPayload(event, refs, accountId) {
			const id = accountOr(accountId);
			return buildWebhookPayload(state, event, id, conversationRef(refs, id));
		},
		sendEvent(url, event, refs, sendOptions) {
			return sendWebhook(url, event, fake.webhookPayload(event, refs), sendOptions);
		},
		flushWebhooks() {
			return dispatcher.flush();
		},
	};
	return fake;
}

export { ChatwootState, WEBHOOK_EVENTS } from './store';
export type { ContactInput, ConversationInput, MessageInput, WebhookEvent, StoreEvent } from './store';
export * from './types';
export { SpecValidator, loadChatwootSpec, locateChatwootSpec } from './spec-validator';
export { ARTICLES_PER_PAGE } from './routes/portals';
export { COMPANIES_PER_PAGE, COMPANY_CONTACTS_PER_PAGE, companyView } from './routes/companies';
export { LINEAR_TEAMS, linearWorld } from './routes/integrations';
export { NOTIFICATIONS_PER_PAGE } from './routes/notifications';
export { CSAT_PER_PAGE } from './routes/reports';
export { SEARCH_PER_PAGE } from './routes/search';
export { CSAT_LOCKED_MESSAGE, CSAT_LOCK_DAYS, PUBLIC_MESSAGES_PER_PAGE } from './routes/public';
export { CORRECTIONS } from './spec-corrections';
export { signWebhook, verifyWebhookSignature, sendWebhook, buildWebhookPayload, webhookBody } from './webhooks';
export type { SendWebhookOptions, WebhookSendResult, WebhookRefs, WebhookDelivery } from './webhooks';
export { RateLimiter, type RateLimitOptions } from './rate-limit';
export type { SeedResult } from './seed';
export { HttpError } from './errors';
export { chatwootClient } from './client';
export type { ApiResult, ApiOptions, ChatwootApi } from './client';
export * as census from './census';
export { captainStateOf, type CaptainState } from './routes/captain';
export type { AppliedSla, Call } from './routes/sla-calls';
