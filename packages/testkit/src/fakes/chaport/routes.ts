/**
 * The route table of the fake Chaport (every route of the contract in the Chaport brief), each
 * answering `{result}` (+ `links` on lists). Validation rules and inferred behaviour: fixtures.ts.
 */
import type { FakeRequest, FakeResponse, Route } from '../../fake-server';
import {
	API_PREFIX,
	CHAT_STAGES,
	CHAT_WRITABLE,
	ERRORS,
	KNOWN_EVENTS,
	MESSAGE_CHAT_EVENT_TYPES,
	OPERATOR_ROLES,
	OPERATOR_STATUSES,
	OPERATOR_WRITABLE,
	UTM_FIELDS,
	VISITOR_WRITABLE,
	type DeleteResultVariant,
	type ErrorBodyVariant,
	type ErrorKind,
	type SubscriptionBodyVariant,
} from './fixtures';
import { chatView, clone, visitorView, type Chat, type ChaportStore, type ChatStage, type Operator, type OperatorRole, type OperatorStatus, type Subscription, type Utm, type Visitor } from './store';

/** Thrown by handlers; answered with the error body variant. */
export class ChaportError extends Error {
	constructor(
		readonly kind: ErrorKind,
		message?: string,
	) {
		super(message ?? ERRORS[kind].message);
		this.name = 'ChaportError';
	}
}

/** The error body in the given variant. */
export function errorBody(kind: ErrorKind, message: string, variant: ErrorBodyVariant): unknown {
	if (variant === 'message') return { message };
	if (variant === 'string') return { error: message };
	return { error: { code: ERRORS[kind].code, message } };
}

/** What the handlers read from the fake. */
export interface RouteEnv {
	store: ChaportStore;
	/** Absolute API base, e.g. `http://127.0.0.1:4000/api/v1`. */
	base(): string;
	pageSize: number;
	createStatus: 200 | 201;
	deleteResult: DeleteResultVariant;
	subscriptionBody: SubscriptionBodyVariant;
	/** Records a contract violation (ignored key, unknown event name) without refusing the request. */
	violation(req: FakeRequest, text: string): void;
	/** The operator of the request's token (auth already passed). */
	operatorOf(req: FakeRequest): Operator;
}

type Json = Record<string, unknown>;
type H = (req: FakeRequest, env: RouteEnv) => FakeResponse;

const ok = (result: unknown, extra: Json = {}, status = 200): FakeResponse => ({ status, body: { result: clone(result), ...extra } });
const bad = (message: string): never => {
	throw new ChaportError('badRequest', message);
};
const notFound = (what: string): never => {
	throw new ChaportError('notFound', `${what} not found`);
};

function objectBody(req: FakeRequest): Json {
	const body = req.body;
	if (body === undefined) return {};
	if (!body || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) bad('The body must be a JSON object');
	return body as Json;
}

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const nullableString = (v: unknown) => v === null || typeof v === 'string';

function ignoreUnknown(req: FakeRequest, env: RouteEnv, body: Json, allowed: readonly string[], what: string): void {
	for (const key of Object.keys(body)) if (!allowed.includes(key)) env.violation(req, `${what}: unknown key "${key}" (ignored)`);
}

// ------------------------------------------------------------------------------------ lookups

function operator(env: RouteEnv, id: string): Operator {
	return env.store.operators.get(id) ?? notFound('Operator');
}

function visitor(env: RouteEnv, id: string): Visitor {
	return env.store.visitors.get(id) ?? notFound('Visitor');
}

function chat(env: RouteEnv, visitorId: string, chatId?: string): Chat {
	visitor(env, visitorId);
	if (chatId === undefined) return env.store.latestChat(visitorId) ?? notFound('Chat');
	if (!/^\d+$/.test(chatId)) notFound('Chat');
	return env.store.chat(visitorId, Number(chatId)) ?? notFound('Chat');
}

function subscription(env: RouteEnv, id: string): Subscription {
	return env.store.subscriptions.get(id) ?? notFound('Subscription');
}

const subscriptionView = (s: Subscription): Json => ({ id: s.id, event: s.event, targetUrl: s.targetUrl, essential: s.essential, createdAt: s.createdAt, ...(s.events.length > 1 ? { events: s.events } : {}) });

const deleted = (env: RouteEnv): FakeResponse => ok(env.deleteResult === 'true' ? true : {});

// ---------------------------------------------------------------------------------- operators

function operatorPatch(body: Json, creating: boolean, env: RouteEnv, selfId?: string): Partial<Operator> {
	const patch: Partial<Operator> = {};
	for (const key of ['email', 'name', 'language', 'jobTitle'] as const) {
		if (body[key] === undefined) continue;
		if (typeof body[key] !== 'string' || (key !== 'jobTitle' && (body[key] as string).trim() === '')) bad(`"${key}" must be a non-empty string`);
		patch[key] = body[key] as string;
	}
	if (creating && (patch.email === undefined || patch.name === undefined)) bad('"email" and "name" are required');
	if (patch.email !== undefined) {
		if (!/^[^@\s]+@[^@\s]+$/.test(patch.email)) bad('"email" is not an email address');
		const taken = [...env.store.operators.values()].find((o) => o.email.toLowerCase() === (patch.email as string).toLowerCase() && o.id !== selfId);
		if (taken) bad('An operator with this email already exists');
	}
	if (body.role !== undefined) {
		if (!(OPERATOR_ROLES as readonly unknown[]).includes(body.role)) bad(`"role" must be one of ${OPERATOR_ROLES.join(', ')}`);
		patch.role = body.role as OperatorRole;
	}
	return patch;
}

const getMe: H = (req, env) => ok(env.operatorOf(req));
const listOperators: H = (_req, env) => ok([...env.store.operators.values()]);
const getOperator: H = (req, env) => ok(operator(env, req.params.operatorId));

const createOperator: H = (req, env) => {
	const body = objectBody(req);
	ignoreUnknown(req, env, body, OPERATOR_WRITABLE, 'POST /operators');
	const created = env.store.addOperator(operatorPatch(body, true, env) as Operator);
	return ok(created, {}, env.createStatus);
};

const updateOperator: H = (req, env) => {
	const found = operator(env, req.params.operatorId);
	const body = objectBody(req);
	ignoreUnknown(req, env, body, OPERATOR_WRITABLE, 'PUT /operators/{id}');
	Object.assign(found, operatorPatch(body, false, env, found.id));
	return ok(found);
};

const deleteOperator: H = (req, env) => {
	const found = operator(env, req.params.operatorId);
	// [I] an operator cannot delete itself (the token would stop working).
	if (found.id === env.operatorOf(req).id) bad('You cannot delete yourself');
	env.store.operators.delete(found.id);
	for (const [token, id] of env.store.tokens) if (id === found.id) env.store.tokens.delete(token);
	return deleted(env);
};

const setOperatorStatus: H = (req, env) => {
	const found = operator(env, req.params.operatorId);
	const body = objectBody(req);
	ignoreUnknown(req, env, body, ['status'], 'PUT /operators/{id}/status');
	if (!(OPERATOR_STATUSES as readonly unknown[]).includes(body.status)) bad(`"status" must be one of ${OPERATOR_STATUSES.join(', ')}`);
	found.lastStatus = body.status as OperatorStatus;
	found.realStatus = body.status as OperatorStatus;
	found.lastActivityAt = env.store.now();
	return ok(found);
};

// ----------------------------------------------------------------------------------- visitors

const listVisitors: H = (req, env) => {
	const raw = req.query.page;
	const text = Array.isArray(raw) ? raw[raw.length - 1] : raw;
	const page = text === undefined ? 1 : /^\d+$/.test(text) ? Number(text) : NaN;
	if (!(page >= 1)) bad('"page" must be a positive integer');
	const all = env.store.visitorList();
	const start = (page - 1) * env.pageSize;
	const items = all.slice(start, start + env.pageSize).map(visitorView);
	const links: Json = {};
	if (start + env.pageSize < all.length) links.next = `${env.base()}/visitors?page=${page + 1}`;
	return ok(items, { links });
};

const getVisitor: H = (req, env) => ok(visitorView(visitor(env, req.params.visitorId)));

const updateVisitor: H = (req, env) => {
	const found = visitor(env, req.params.visitorId);
	const body = objectBody(req);
	ignoreUnknown(req, env, body, VISITOR_WRITABLE, 'PUT /visitors/{id}');
	const next: Visitor = clone(found);
	for (const key of ['name', 'email', 'phone', 'notes', 'sourceHost'] as const) {
		if (body[key] === undefined) continue;
		if (!nullableString(body[key])) bad(`"${key}" must be a string or null`);
		next[key] = body[key] as string | null;
	}
	if (typeof next.email === 'string' && body.email !== undefined && !/^[^@\s]+@[^@\s]+$/.test(next.email)) bad('"email" is not an email address');
	if (body.emailMarketingConsent !== undefined) {
		if (typeof body.emailMarketingConsent !== 'boolean') bad('"emailMarketingConsent" must be a boolean');
		next.emailMarketingConsent = body.emailMarketingConsent as boolean;
	}
	if (body.custom !== undefined) {
		if (!isObject(body.custom)) bad('"custom" must be an object');
		for (const [key, value] of Object.entries(body.custom as Json)) {
			if (value === null) delete next.custom[key];
			else next.custom[key] = value;
		}
	}
	if (body.utm !== undefined) {
		if (!isObject(body.utm)) bad('"utm" must be an object');
		for (const [key, value] of Object.entries(body.utm as Json)) {
			if (!(UTM_FIELDS as readonly string[]).includes(key)) bad(`"utm.${key}" is not a UTM field (${UTM_FIELDS.join(', ')})`);
			if (!nullableString(value)) bad(`"utm.${key}" must be a string or null`);
			next.utm[key as keyof Utm] = value as string | null;
		}
	}
	Object.assign(found, next);
	return ok(visitorView(found));
};

const deleteVisitor: H = (req, env) => {
	const found = visitor(env, req.params.visitorId);
	const view = visitorView(found);
	env.store.deleteVisitor(found.id);
	return ok(view);
};

// -------------------------------------------------------------------------------------- chats

const latestChat: H = (req, env) => {
	const found = chat(env, req.params.visitorId);
	const more = env.store
		.chatsOf(found.visitorId)
		.filter((c) => c !== found)
		.reverse()
		.map((c) => `${env.base()}/visitors/${c.visitorId}/chats/${c.id}`);
	return ok(chatView(found), { links: { more } });
};

const getChat: H = (req, env) => ok(chatView(chat(env, req.params.visitorId, req.params.chatId)));

function applyChatUpdate(req: FakeRequest, env: RouteEnv, found: Chat): FakeResponse {
	const body = objectBody(req);
	ignoreUnknown(req, env, body, CHAT_WRITABLE, 'PUT /visitors/{id}/chats');
	if (body.stage !== undefined && !(CHAT_STAGES as readonly unknown[]).includes(body.stage)) bad(`"stage" must be one of ${CHAT_STAGES.join(', ')}`);
	if (body.operatorIds !== undefined) {
		if (!Array.isArray(body.operatorIds) || body.operatorIds.some((id) => typeof id !== 'string')) bad('"operatorIds" must be an array of operator ids');
		const unknown = (body.operatorIds as string[]).filter((id) => !env.store.operators.has(id));
		if (unknown.length) bad(`Unknown operator id(s): ${unknown.join(', ')}`);
	}
	if (body.teamId !== undefined && !nullableString(body.teamId)) bad('"teamId" must be a string or null');
	if (body.rating !== undefined && body.rating !== null && !(Number.isInteger(body.rating) && (body.rating as number) >= 1 && (body.rating as number) <= 5)) bad('"rating" must be an integer from 1 to 5, or null');
	if (body.operatorIds !== undefined) found.operatorIds = [...new Set(body.operatorIds as string[])];
	if (body.teamId !== undefined) found.teamId = body.teamId as string | null;
	if (body.rating !== undefined) found.rating = body.rating as number | null;
	const stage = body.stage as ChatStage | undefined;
	if (stage === 'closed') env.store.closeChat(found);
	else if (stage !== undefined && found.stage === 'closed') env.store.reopenChat(found, stage);
	else {
		if (stage !== undefined) found.stage = stage;
		env.store.touch(found);
	}
	return ok(chatView(found));
}

const updateLatestChat: H = (req, env) => applyChatUpdate(req, env, chat(env, req.params.visitorId));
const updateChat: H = (req, env) => applyChatUpdate(req, env, chat(env, req.params.visitorId, req.params.chatId));

const listEvents: H = (req, env) => ok(chat(env, req.params.visitorId, req.params.chatId).events);

function chatEvent(req: FakeRequest, env: RouteEnv) {
	const found = chat(env, req.params.visitorId, req.params.chatId);
	const event = found.events.find((e) => e.id === req.params.eventId) ?? notFound('Event');
	return { chat: found, event };
}

const getEvent: H = (req, env) => ok(chatEvent(req, env).event);

const updateEvent: H = (req, env) => {
	const { chat: found, event } = chatEvent(req, env);
	const body = objectBody(req);
	ignoreUnknown(req, env, body, ['text', 'params'], 'PUT …/events/{id}');
	const text = body.text ?? (isObject(body.params) ? body.params.text : undefined);
	if (typeof text !== 'string' || text.trim() === '') bad('"text" (or "params.text") must be a non-empty string');
	if (!event.type.endsWith('-message')) bad('Only message events can be updated');
	event.params.text = text as string;
	env.store.touch(found);
	return ok(event);
};

// ----------------------------------------------------------------------------------- messages

const postMessage: H = (req, env) => {
	const body = objectBody(req);
	ignoreUnknown(req, env, body, ['visitorId', 'chatId', 'externalId', 'chatEvent'], 'POST /messages');
	if (body.chatEvent === undefined) bad('"chatEvent" is required');
	if (!isObject(body.chatEvent)) bad('"chatEvent" must be an object');
	const ce = body.chatEvent as Json;
	if (!(MESSAGE_CHAT_EVENT_TYPES as readonly unknown[]).includes(ce.type)) bad(`"chatEvent.type" must be one of ${MESSAGE_CHAT_EVENT_TYPES.join(', ')}`);
	const params = isObject(ce.params) ? ce.params : {};
	const text = params.text ?? ce.text;
	if (typeof text !== 'string' || text.trim() === '') bad('"chatEvent.params.text" (or "chatEvent.text") must be a non-empty string');
	if (typeof body.visitorId !== 'string' || body.visitorId === '') bad('"visitorId" is required');
	const operatorId = params.operatorId ?? ce.operatorId;
	if (operatorId !== undefined && (typeof operatorId !== 'string' || !env.store.operators.has(operatorId))) bad(`Unknown operator id: ${String(operatorId)}`);
	const externalId = body.externalId ?? ce.externalId;
	if (externalId !== undefined && typeof externalId !== 'string') bad('"externalId" must be a string');
	if (body.chatId !== undefined && !(Number.isInteger(body.chatId) || (typeof body.chatId === 'string' && /^\d+$/.test(body.chatId)))) bad('"chatId" must be an integer');

	const visitorId = visitor(env, body.visitorId as string).id;
	// The same externalId on the visitor's latest chat: the existing event, nothing doubled [3P MCP].
	const latest = env.store.latestChat(visitorId);
	const existing = externalId !== undefined ? latest?.events.find((e) => e.externalId === externalId) : undefined;
	if (existing) return ok(existing);

	let target: Chat;
	if (body.chatId !== undefined) target = chat(env, visitorId, String(body.chatId));
	else target = env.store.openChat(visitorId) ?? env.store.createChat(visitorId);
	const event = env.store.addMessage(target, { text: text as string, operatorId: (operatorId as string | undefined) ?? env.operatorOf(req).id, externalId: externalId as string | undefined });
	return ok(event, {}, env.createStatus);
};

// ------------------------------------------------------------------------------ subscriptions

function subscriptionInput(req: FakeRequest, env: RouteEnv, creating: boolean): { targetUrl?: string; event?: string; events?: string[]; essential?: boolean } {
	const body = objectBody(req);
	const lenient = env.subscriptionBody === 'lenient';
	ignoreUnknown(req, env, body, lenient ? ['targetUrl', 'event', 'essential', 'url', 'events'] : ['targetUrl', 'event', 'essential'], `${req.method} /events/subscriptions`);
	if (!lenient && body.events !== undefined) bad('"events" is not accepted: one "event" per subscription');
	if (!lenient && body.url !== undefined && body.targetUrl === undefined) bad('"targetUrl" is required ("url" is not accepted)');
	const out: { targetUrl?: string; event?: string; events?: string[]; essential?: boolean } = {};
	const targetUrl = body.targetUrl ?? (lenient ? body.url : undefined);
	if (targetUrl !== undefined) {
		if (typeof targetUrl !== 'string' || !/^https?:\/\/[^\s]+$/.test(targetUrl)) bad('"targetUrl" must be an http(s) URL');
		out.targetUrl = targetUrl as string;
	}
	if (body.event !== undefined) {
		if (typeof body.event !== 'string' || body.event === '') bad('"event" must be a non-empty string');
		out.event = body.event as string;
		out.events = [out.event];
	} else if (lenient && body.events !== undefined) {
		if (!Array.isArray(body.events) || body.events.length === 0 || body.events.some((e) => typeof e !== 'string' || e === '')) bad('"events" must be a non-empty array of event names');
		out.events = [...new Set(body.events as string[])];
		out.event = out.events[0];
	}
	if (body.essential !== undefined) {
		if (typeof body.essential !== 'boolean') bad('"essential" must be a boolean');
		out.essential = body.essential as boolean;
	}
	if (creating && (out.targetUrl === undefined || out.event === undefined)) bad('"targetUrl" and "event" are required');
	for (const name of out.events ?? []) if (!(KNOWN_EVENTS as readonly string[]).includes(name)) env.violation(req, `subscription to an event the fake never delivers: "${name}"`);
	return out;
}

const listSubscriptions: H = (_req, env) => ok([...env.store.subscriptions.values()].map(subscriptionView));
const getSubscription: H = (req, env) => ok(subscriptionView(subscription(env, req.params.subscriptionId)));

const createSubscription: H = (req, env) => {
	const input = subscriptionInput(req, env, true);
	const created = env.store.addSubscription(input as { targetUrl: string; event: string; events: string[]; essential?: boolean });
	return ok(subscriptionView(created), {}, env.createStatus);
};

const updateSubscription: H = (req, env) => {
	const found = subscription(env, req.params.subscriptionId);
	Object.assign(found, subscriptionInput(req, env, false));
	return ok(subscriptionView(found));
};

const deleteSubscription: H = (req, env) => {
	env.store.subscriptions.delete(subscription(env, req.params.subscriptionId).id);
	return deleted(env);
};

// -------------------------------------------------------------------------------------- table

/** [name, method, path under /api/v1, handler]. Literal segments come before parameters. */
export const CHAPORT_ROUTES: ReadonlyArray<readonly [string, string, string, H]> = [
	['getMe', 'GET', '/me.json', getMe],
	['listOperators', 'GET', '/operators', listOperators],
	['createOperator', 'POST', '/operators', createOperator],
	['getOperator', 'GET', '/operators/:operatorId', getOperator],
	['updateOperator', 'PUT', '/operators/:operatorId', updateOperator],
	['deleteOperator', 'DELETE', '/operators/:operatorId', deleteOperator],
	['setOperatorStatus', 'PUT', '/operators/:operatorId/status', setOperatorStatus],
	['listVisitors', 'GET', '/visitors', listVisitors],
	['getVisitor', 'GET', '/visitors/:visitorId', getVisitor],
	['updateVisitor', 'PUT', '/visitors/:visitorId', updateVisitor],
	['deleteVisitor', 'DELETE', '/visitors/:visitorId', deleteVisitor],
	['getLatestChat', 'GET', '/visitors/:visitorId/chats', latestChat],
	['updateLatestChat', 'PUT', '/visitors/:visitorId/chats', updateLatestChat],
	['getChat', 'GET', '/visitors/:visitorId/chats/:chatId', getChat],
	['updateChat', 'PUT', '/visitors/:visitorId/chats/:chatId', updateChat],
	['listChatEvents', 'GET', '/visitors/:visitorId/chats/:chatId/events', listEvents],
	['getChatEvent', 'GET', '/visitors/:visitorId/chats/:chatId/events/:eventId', getEvent],
	['updateChatEvent', 'PUT', '/visitors/:visitorId/chats/:chatId/events/:eventId', updateEvent],
	['sendMessage', 'POST', '/messages', postMessage],
	['listSubscriptions', 'GET', '/events/subscriptions', listSubscriptions],
	['createSubscription', 'POST', '/events/subscriptions', createSubscription],
	['getSubscription', 'GET', '/events/subscriptions/:subscriptionId', getSubscription],
	['updateSubscription', 'PUT', '/events/subscriptions/:subscriptionId', updateSubscription],
	['deleteSubscription', 'DELETE', '/events/subscriptions/:subscriptionId', deleteSubscription],
];

/** FakeServer routes for the table; `wrap` turns a handler into the server's (auth, errors, throttling). */
export function buildRoutes(wrap: (handler: H) => Route<ChaportStore>['handler']): Array<Route<ChaportStore>> {
	return CHAPORT_ROUTES.map(([name, method, path, handler]) => ({ name, method, path: `${API_PREFIX}${path}`, handler: wrap(handler) }));
}

export type ChaportHandler = H;
