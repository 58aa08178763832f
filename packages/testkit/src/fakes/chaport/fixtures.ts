/**
 * Every shape of Chaport's REST API v1 that the fake does NOT know for sure, in one module, each
 * with its evidence. Tags as in `shared/api/chaport.md`: [C] Chaport's official docs (only the top of
 * each page could be read: base URLs, Bearer auth, `/me.json`, `GET /operators` and its example),
 * [3P] a third party calling the live API (the usefulapi MCP tool pages, Membrane's action list, the
 * `Brandon0240/Chaport-Customer-Support-Bot` code, the December-2025 bot `kalekt-dn/chaportbot_ai`),
 * [I] inferred. When a real capture proves one of these wrong, fix it here (and its option).
 *
 * Where two readings are plausible the fake has an option (see `ChaportFakeOptions`), so a node can
 * be tested against both: `errorBody`, `pageSize`, `createStatus`, `deleteResult`,
 * `subscriptionBody`, `deliveryPayload`.
 */

// ------------------------------------------------------------------------------------- basics

/** [C] `/api/v1` under `https://app.chaport.com` (global) and `https://app.chaport.ru` (Russia). */
export const API_PREFIX = '/api/v1';

/** [C] the two regions' base URLs (the fake serves the same path under its own origin). */
export const REGION_BASE_URLS = { global: 'https://app.chaport.com/api/v1', ru: 'https://app.chaport.ru/api/v1' } as const;

/**
 * Access token: [C] `Authorization: Bearer <token>` ("Settings → API"). [3P] real tokens are long
 * opaque strings of about 250 alphanumeric characters; the fake makes one of that length [I format].
 */
export const TOKEN_LENGTH = 250;

// ----------------------------------------------------------------------------------- envelope

/**
 * Error bodies. [C] only a 500's prose is documented; nothing shows an error body.
 * - 'nested' (default) `{error:{code, message}}` [I: the shape the contract chose];
 * - 'message' `{message}` [I: the other common shape];
 * - 'string' `{error: "message"}` [I: a third shape the node's transport also reads].
 */
export type ErrorBodyVariant = 'nested' | 'message' | 'string';
export const DEFAULT_ERROR_BODY: ErrorBodyVariant = 'nested';

/**
 * Error statuses and codes. 401 for a missing or wrong token [I: usual Bearer behaviour]; 404 for an
 * unknown id [I]; 400 for a bad body or query [I]; 429 when throttled [I]; the `code` strings are [I].
 */
export const ERRORS = {
	unauthorized: { status: 401, code: 'unauthorized', message: 'Invalid or missing access token' },
	notFound: { status: 404, code: 'not_found', message: 'Not found' },
	routeNotFound: { status: 404, code: 'not_found', message: 'Route not found' },
	badRequest: { status: 400, code: 'bad_request', message: 'Bad request' },
	rateLimited: { status: 429, code: 'rate_limited', message: 'Too many requests' },
} as const;
export type ErrorKind = keyof typeof ERRORS;

/**
 * Status of a create (POST /operators, POST /messages that creates an event, POST
 * /events/subscriptions). [C] only 200 is documented (on GET /operators); 200 (default) or 201 [I].
 * A POST /messages answered from an existing `externalId` is always 200 [I].
 */
export const DEFAULT_CREATE_STATUS: 200 | 201 = 200;

/**
 * Result of DELETE /operators/{id} and DELETE /events/subscriptions/{id}: `{result: {}}` (default,
 * 'empty') or `{result: true}` ('true') [I: no source shows either]. DELETE /visitors/{id} answers
 * the deleted visitor, as the contract's table row says [I].
 */
export type DeleteResultVariant = 'empty' | 'true';
export const DEFAULT_DELETE_RESULT: DeleteResultVariant = 'empty';

// ------------------------------------------------------------------------------------- paging

/**
 * `GET /visitors?page=N`: N 1-based, default 1 [3P MCP]; `links.next` = absolute URL of page N+1,
 * absent on the last page [3P MCP: "links.next"; I absolute]; `links` is a sibling of `result` [I].
 * Page size 20 [I: not stated anywhere] (option `pageSize`). Past the end: `result: []`, no next [I].
 * A page that is not a positive integer → 400 [I].
 * Order: most recent chat first [3P MCP], i.e. `lastChatAt` desc; a visitor without a chat sorts by
 * its `createdAt` [I]; ties by id desc (the newer ObjectId first) [I].
 */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * `GET /visitors/{id}/chats` answers the latest chat only [3P MCP]; `links.more` lists the absolute
 * URLs of the visitor's older chats (`…/visitors/{id}/chats/{chatId}`) [3P MCP "URLs of older chats";
 * I absolute], newest first [I], `[]` when there are none [3P "links.more empty"].
 */
export const MORE_ORDER = 'newest-first' as const;

// ------------------------------------------------------------------------------------ objects

/** [C] operator fields (the GET /operators example); `role` operator|admin [3P Membrane]. */
export const OPERATOR_FIELDS = ['id', 'email', 'name', 'language', 'jobTitle', 'role', 'lastLoginAt', 'lastActivityAt', 'image', 'lastStatus', 'realStatus'] as const;
export const OPERATOR_ROLES = ['operator', 'admin'] as const;

/**
 * Operator status values for `PUT /operators/{id}/status {status}` [I route and body: Membrane has an
 * "Update Operator Status" action]; [C] the example shows `"online"`; 'away' and 'offline' are [I].
 * Setting a status sets both `lastStatus` and `realStatus` [I].
 */
export const OPERATOR_STATUSES = ['online', 'away', 'offline'] as const;

/** Keys of POST /operators (email and name required) and PUT /operators/{id} [I: Membrane names the actions only]. */
export const OPERATOR_WRITABLE = ['email', 'name', 'role', 'language', 'jobTitle'] as const;

/**
 * Visitor fields [I key names: the MCP names "contact data, notes, UTM, browser/OS, custom fields"
 * in prose; camelCase like the operator]. `lastChatAt` = when the visitor's latest chat last changed
 * (started, got a message, closed) [I]; the visitors list's order key.
 */
export const VISITOR_FIELDS = ['id', 'name', 'email', 'phone', 'notes', 'custom', 'utm', 'sourceHost', 'browser', 'os', 'country', 'city', 'emailMarketingConsent', 'createdAt', 'lastChatAt'] as const;
export const UTM_FIELDS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/**
 * Keys of PUT /visitors/{id}: only the sent keys change [3P MCP]; names [I]. `custom` and `utm` merge
 * key by key, a null value removes a custom key [I]. Other keys are ignored and recorded as a
 * contract violation (`fake.violations`) [I].
 */
export const VISITOR_WRITABLE = ['name', 'email', 'phone', 'notes', 'custom', 'utm', 'sourceHost', 'emailMarketingConsent'] as const;

/**
 * Chat stages [3P MCP: "initiated, offline, responded, engaged, closed…"]. Transitions [I]: a new chat
 * is 'initiated'; the first operator message makes it 'responded'; a visitor message after that
 * 'engaged'; closing makes it 'closed' (`closedAt` set, `missed` = no operator message). A message
 * into a closed chat named by id re-opens it [I].
 */
export const CHAT_STAGES = ['initiated', 'offline', 'responded', 'engaged', 'closed'] as const;

/** Chat ids: integers [3P MCP], counted per visitor from this value [I]. */
export const FIRST_CHAT_ID = 1;

/**
 * Keys of PUT /visitors/{id}/chats[/{chatId}] [I: Membrane's "update the last chat", e.g. close or
 * assign]: `stage` (a CHAT_STAGES value), `operatorIds` (known operator ids), `teamId` (string|null),
 * `rating` (integer 1–5 or null [I range]). Other keys: ignored, recorded as a violation.
 */
export const CHAT_WRITABLE = ['stage', 'operatorIds', 'teamId', 'rating'] as const;

/** Chat event types seen [3P real code, MCP examples]; others exist, unnamed [3P]. */
export const MESSAGE_EVENT_TYPES = ['visitor-message', 'operator-message'] as const;

// ----------------------------------------------------------------------------------- messages

/**
 * `POST /messages` bodies. `chatEvent` is REQUIRED (400 without) [3P Dec-2025 bot: "required by your
 * API: chatEvent"]. Both shapes are accepted:
 * - A [3P Brandon0240 send_response.py]: `{visitorId, externalId?, chatEvent:{type:'operator-message', params:{text, operatorId}}}`;
 * - B [3P kalekt-dn Dec-2025]: `{visitorId, chatId?, chatEvent:{type:'message', text}}`.
 * [I] the created event is always stored as 'operator-message' with `params:{text, operatorId}`
 * (operatorId: the body's, else the token's operator); `externalId` may also sit in `chatEvent` [I].
 * `externalId` [3P MCP]: the same value on the visitor's latest chat returns the existing event (200).
 * Without `chatId` the message goes to the visitor's open chat, or starts a new one (→ chat.started)
 * [3P MCP "a new chat starts if the visitor has no recent one"].
 */
export const MESSAGE_BODY_SHAPES = {
	A: { type: 'operator-message', textAt: 'chatEvent.params.text' },
	B: { type: 'message', textAt: 'chatEvent.text' },
} as const;
export const MESSAGE_CHAT_EVENT_TYPES = ['operator-message', 'message'] as const;

/** `PUT …/events/{eventId}` ("Update Message" [3P Membrane; I route]): `{text}` or `{params:{text}}` [I]; message events only. */
export const EVENT_UPDATE_SHAPES = ['text', 'params.text'] as const;

// ------------------------------------------------------------------------------- subscriptions

/**
 * Subscription bodies (`POST /events/subscriptions`, PUT partial):
 * - 'single' (default) `{targetUrl, event, essential?}`: ONE event per subscription [3P Dec-2025 bot];
 *   `events` (array), `url`, or a missing targetUrl/event → 400;
 * - 'lenient' also accepts the older guess `{url, events:[…]}` [I §4/§7 of the reference]: `url` for
 *   `targetUrl`, `events` for `event` (the subscription then hears every listed event and is listed
 *   with `event` = the first and `events` = all).
 * `essential` defaults to false and is echoed [3P: sent as true, meaning unknown]. The same
 * targetUrl + event may be subscribed twice (the Dec-2025 bot de-duplicates itself) [I].
 * Listed as `{id, event, targetUrl, essential, createdAt}` [3P `result[].{id, event, targetUrl}`; I the rest].
 */
export type SubscriptionBodyVariant = 'single' | 'lenient';
export const DEFAULT_SUBSCRIPTION_BODY: SubscriptionBodyVariant = 'single';

/**
 * Event names: chat.started and chat.finished are the only ones named [3P MCP]; [C] the docs mention
 * "new messages or chat updates" without names. A subscription to another name is accepted but
 * recorded as a violation, and never delivered [I].
 */
export const KNOWN_EVENTS = ['chat.started', 'chat.finished'] as const;
export type ChaportEventName = (typeof KNOWN_EVENTS)[number];

/**
 * Delivery payloads (POST JSON to the subscription's targetUrl; unsigned [3P: none seen]):
 * - 'extras' (default) `{event, extras:{visitorId, chatId}, link:'/api/v1/visitors/<visitorId>/chats'}`
 *   [3P Dec-2025 bot: "the payload proved to have extras.visitorId & extras.chatId"; an earlier
 *   revision cites the docs' example carrying a `link`];
 * - 'nested' `{event, visitor:{…visitor}, chat:{…chat without events}}` [I; 3P low-confidence code
 *   reading `body.visitor.id`, `body.chat.id`].
 * Headers: Content-Type application/json and this User-Agent [I]. No retries [I].
 */
export type DeliveryPayloadVariant = 'extras' | 'nested';
export const DEFAULT_DELIVERY_PAYLOAD: DeliveryPayloadVariant = 'extras';
export const DELIVERY_USER_AGENT = 'Chaport-Webhooks/1.0 (fake)';
export const chatLink = (visitorId: string): string => `${API_PREFIX}/visitors/${visitorId}/chats`;

// -------------------------------------------------------------------------------- rate limits

/**
 * Rate limits: not documented [I]; a bot retries with backoff on any error [3P]. Off by default;
 * `rateLimit: {limit, windowMs?, retryAfter?}` answers 429 with the error body, and (unless
 * `retryAfter: false`) `Retry-After` in whole seconds until the window ends [I].
 */
export const DEFAULT_RATE_WINDOW_MS = 60_000;
