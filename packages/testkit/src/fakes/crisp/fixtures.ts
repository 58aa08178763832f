/**
 * Every fact about Crisp's REST API and hooks that the fake INFERS, in one place, each with its
 * evidence. Tags as in `shared/api/crisp.md`: [C-client] the official Node client crisp-api@11.3.0,
 * [C-go] the official Go client crisp-im/go-crisp-api (json tags), [C-doc] docs.crisp.chat, [3P]
 * third party, [3P-obs] a third party's recorded observation of the live API, [I] inferred.
 *
 * What is inferred is also configurable on the fake (see `CrispFakeOptions`), so a node can be
 * tested against either reading, and tests of the node should not depend on these values being
 * exactly Crisp's (reason strings, batch size, timestamp unit).
 */

// ------------------------------------------------------------------------------------ envelope

/**
 * Success `reason` strings. [C-doc] every route answers `{error, reason, data}`; [3P] a user's test
 * fixture logs `{"error":false,"reason":"listed","data":[…]}` for a list route. The others are [I]:
 * plausible verbs (the reference lists "resolved", "dispatched", "added", "updated", "deleted" as
 * unconfirmed); the official client ignores `reason` on success (`__request` resolves `body.data`).
 */
export const SUCCESS_REASONS = {
	list: 'listed',
	get: 'resolved',
	create: 'added',
	update: 'updated',
	delete: 'deleted',
	dispatch: 'dispatched',
} as const;

export type SuccessKind = keyof typeof SUCCESS_REASONS;

/**
 * Success status codes. 200 everywhere [I: the client accepts any status < 400], except sending a
 * message, which a third party observed answering **202** ("Crisp returns 202 (Dispatched)",
 * mrehb/crisp-connector WORKAROUNDS_IMPLEMENTED.md, 2025-10) [3P-obs]. The same source saw 200
 * for creating a conversation and updating metas [3P-obs].
 */
export const SUCCESS_STATUS_OVERRIDES: Record<string, number> = {
	sendMessageInConversation: 202,
};

/**
 * Error answers. The envelope `{error:true, reason, data:{}}` is [C-client] (the client reads
 * `body.reason`, falling back to "http_error", and `body.data.message`); the Go client reads only
 * `reason` and `data` [C-go].
 * - invalid_session: the body is [3P] (a user's fixture logs `{"error":true,"reason":"invalid_session","data":{}}`),
 *   the status 401 is [I].
 * - not_found (404) for a missing session, profile, website …: [I] conventional, never seen in a source.
 * - route_not_found: an unknown path. [I] 404 with reason "not_found" (no source shows Crisp's answer).
 * - method_not_allowed: a known path with another method. [3P-obs] status 405 ("405 Client Error:
 *   Method Not Allowed for url: …/people/profile?search_text=…", mrehb/crisp-connector
 *   PERMISSIONS_NEEDED.md); the reason string is [I].
 * - invalid_data (400): a body, query or path value of the wrong shape. [3P-obs] status 400 for a
 *   bad message payload (same source); the reason string is [I].
 * - not_allowed (403): a token without access to the website or route. [3P-obs] status 403 for a
 *   plugin token lacking a permission (same source, `PATCH …/state`); the reason string is [I].
 * - people_exists (409): a profile created or changed to an email another profile has [I: Crisp keeps
 *   one profile per email; neither the status nor the reason is documented].
 */
export const ERRORS = {
	invalidSession: { status: 401, reason: 'invalid_session' },
	notFound: { status: 404, reason: 'not_found' },
	routeNotFound: { status: 404, reason: 'not_found' },
	methodNotAllowed: { status: 405, reason: 'method_not_allowed' },
	invalidData: { status: 400, reason: 'invalid_data' },
	notAllowed: { status: 403, reason: 'not_allowed' },
	peopleExists: { status: 409, reason: 'people_exists' },
} as const;

export type ErrorKind = keyof typeof ERRORS;

// ------------------------------------------------------------------------------------- paging

/**
 * `per_page` of listConversations: 20–50, default 20 [C-doc REST reference, 2026-12 correction];
 * the same bounds on listPeopleProfiles [3P Postman mirror]. Outside the range → 400 invalid_data [I].
 */
export const PER_PAGE = { min: 20, max: 50, default: 20 } as const;

/** Routes that accept `per_page` (client method names). */
export const PER_PAGE_ROUTES = ['listConversations', 'listPeopleProfiles'] as const;

/**
 * Page size of every other page-numbered list (pages, events, files, visitors, inboxes, teams,
 * helpdesk, campaigns, suggestions …): "server default" [C-client gives no size]; 20 is [I].
 */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Messages per `GET …/messages` answer. [I] The only hint is a user's remark "with page_size = 20"
 * in crisp-im/ruby-crisp-api#16 (2023-07). Configurable: `messageBatchSize`.
 */
export const MESSAGE_BATCH_SIZE = 20;

/**
 * Status of a `GET …/messages` answer when more messages exist beyond the batch. A Crisp engineer
 * (crisp-im/ruby-crisp-api#16, 2023-07-04): "if you receive a 206 HTTP code, it means there are
 * more messages … if you receive a 200 HTTP code, there are no more messages" [3P, Crisp staff].
 * Configurable: `messagesPartialStatus: 200` turns it off.
 */
export const MESSAGES_PARTIAL_STATUS = 206;

/**
 * listConversations without `include_empty=1` leaves out conversations that have no message [I:
 * the flag's name, [C-client] `include_empty?: 0 | 1`]. Configurable: `includeEmptyByDefault`.
 */
export const INCLUDE_EMPTY_BY_DEFAULT = false;

/**
 * `filter_date_start` / `filter_date_end` (ISO 8601 [C-client]) filter on this conversation field,
 * both ends inclusive [I]. Configurable: `conversationDateField`.
 */
export const CONVERSATION_DATE_FIELD: 'created_at' | 'updated_at' = 'created_at';

/**
 * Default order of listConversations: most recently updated first [I: the Crisp inbox shows the
 * latest activity first]; `order_date_created=1` orders by created_at desc, `order_date_updated=1`
 * by updated_at desc, `order_date_waiting=1` by waiting_since (longest waiting first) [I].
 * listPeopleProfiles: created_at desc by default; `sort_field` one of PEOPLE_SORT_FIELDS,
 * `sort_order` ascending|descending [C-client names; I fields].
 */
export const PEOPLE_SORT_FIELDS = ['created_at', 'updated_at', 'email', 'nickname', 'score', 'active'] as const;

// ----------------------------------------------------------------------------------- operators

/**
 * Operator fields on the wire are snake_case: `{type, details:{user_id, email, avatar, first_name,
 * last_name, role, title, availability, has_token, identifier, key}}` [C-go website_operator.go json
 * tags]. The Node client's TypeScript (`userID`, `firstName`, …) is wrong for the wire. Last-active
 * operators: `{user_id, avatar, nickname, timestamp}` [C-go]. A camelCase field in a request body
 * (e.g. `userID` in sendEmailToWebsiteOperators) is recorded as a violation.
 */
export const OPERATOR_WIRE_FIELDS = ['user_id', 'email', 'avatar', 'first_name', 'last_name', 'role', 'title', 'availability', 'has_token', 'identifier', 'key'] as const;

// -------------------------------------------------------------------------------- rate limits

/**
 * Throttled answer: status 429 or 420 [C-doc rate-limit guide: "429 Too Many Requests or 420
 * Enhance Your Calm"]; body = the error envelope with reason "quota_limit_exceeded" [I: reason not
 * confirmed]; no `Retry-After` nor `X-RateLimit-*` header [C-doc lists only Bloom-Status; the
 * clients never read one].
 */
export const RATE_LIMIT = { status: 429 as 429 | 420, reason: 'quota_limit_exceeded' } as const;

// ------------------------------------------------------------------------------------- hooks

/**
 * Hook deliveries [C-doc references/web-hooks/v1]: POST, JSON `{website_id, event, data, timestamp}`,
 * headers X-Crisp-Hook-Origin, X-Crisp-Request-Timestamp, X-Crisp-Signature (plugin hooks only),
 * X-Delivery-Attempt-Limit, X-Delivery-Attempt-Count. Inferred here:
 * - attemptLimit 3 [I: the docs say failed deliveries are retried up to the limit, not its value];
 * - the request timestamp is in milliseconds, like the body's `timestamp` [I: the header's unit is
 *   undocumented; both clients sign it as the string received]; `timestampUnit: 's'` to vary;
 * - a retry re-sends the same body, timestamp and signature with the attempt count + 1 [I];
 * - origin header: `plugin/rtm <16 hex> production` for plugin hooks [C-doc example
 *   "plugin/rtm 38b411d9377a6a00 production"], `website/rtm <16 hex> production` for website hooks [I];
 * - website hooks carry the same headers but no signature [C-doc: unsigned; the URL's `?key=` is
 *   the user's own secret].
 */
export const HOOKS = {
	attemptLimit: 3,
	timestampUnit: 'ms' as 'ms' | 's',
	pluginOrigin: (node: string) => `plugin/rtm ${node} production`,
	websiteOrigin: (node: string) => `website/rtm ${node} production`,
} as const;

// ------------------------------------------------------------------------------ conversations

/**
 * Conversation `status` number [C-client `status?: number`, C-go `uint8`]: 0 pending, 1
 * unresolved, 2 resolved [I]. State changes implied by messages [I]: a visitor message re-opens a
 * resolved conversation (→ unresolved); an operator message (not a note) moves a pending one to
 * unresolved.
 */
export const STATE_STATUS: Record<'pending' | 'unresolved' | 'resolved', number> = { pending: 0, unresolved: 1, resolved: 2 };

// ------------------------------------------------------------------- inferred elsewhere (index)

/**
 * Smaller inferred behaviours are documented where they are implemented, each tagged [I]:
 * - filters.ts: what text search, segment search and JSON filters match;
 * - store.ts: state and unread changes implied by messages, metas merging (data merged, segments
 *   replaced), read marks, binding a conversation to the profile with its email, event payloads
 *   beyond the documented ones (§8.5);
 * - handlers/conversations.ts: the timestamp cursor's semantics (strict `<` / `>`; oldest first);
 * - handlers/people.ts: PATCH merges one level deep, PUT replaces; one profile per email (409);
 * - handlers/website.ts: batch routes refuse the whole batch when one session is unknown; no
 *   `sessions` means every conversation (of `inbox_id`);
 * - handlers/helpdesk.ts: tree entry types "group" / "entry", parents created along a new path;
 * - handlers/platform.ts: campaign statistics are the records of the "campaignStatistics" collection
 *   whose `type` is the route's action (none in the seed);
 * - index.ts: plugin connect routes answer 403 to other tiers; a plugin token answers 403 on a
 *   website that did not install the plugin; a website token on another website.
 */
