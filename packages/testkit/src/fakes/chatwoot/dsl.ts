/**
 * A tiny route DSL on top of the fake-server framework.
 *
 * Each route is declared with its path in OpenAPI form (`/api/v1/accounts/{account_id}/contacts/{id}`),
 * an access rule (who may call it) and a handler that receives a `Ctx` (Rails-like `params`,
 * the authenticated user/bot/platform app, the account). The wrapper applies, in this order:
 * 1. the optional rate limiter (rack-attack sits in front of everything),
 * 2. strict spec mode: a request with spec violations is answered 400 `{"error":"spec violation: …"}`,
 * 3. authentication/authorization (`auth.ts`),
 * 4. the handler; an `HttpError` thrown anywhere becomes its response.
 */
import type { FakeRequest, FakeResponse, Route } from '../../fake-server';
import { authenticate } from './auth';
import { HttpError, notFound, paramMissing } from './errors';
import { bodyParams, queryParams } from './forms';
import type { RateLimiter } from './rate-limit';
import type { ChatwootState } from './store';
import type { Account, AgentBot, Inbox, PlatformApp, Role, User } from './types';
import type { OperationDeclaration, ParamDef, RequestBodyDef, SpecValidator } from './spec-validator';

export type AccessKind = 'account' | 'profile' | 'platform' | 'public' | 'survey';

export interface Access {
	kind: AccessKind;
	/** Administrator-only (Pundit); agents get 401 "You are not authorized to do this action". */
	admin?: boolean;
	/** Listed in BOT_ACCESSIBLE_ENDPOINTS (§2). */
	bot?: boolean;
}

/** Shared services the handlers can reach (per fake instance). */
export interface Runtime {
	state: ChatwootState;
	validator?: SpecValidator;
	strictSpec: boolean;
	rateLimiter?: RateLimiter;
	conversationsPerPage: number;
}

export class Ctx {
	/** Path params (decoded). */
	readonly params: Record<string, string>;
	/** Request body as a Rails params hash. */
	readonly body: Record<string, unknown>;
	/** Query as a Rails params hash. */
	readonly query: Record<string, unknown>;
	/** Rails `params`: query, then body, then path params (later wins). */
	readonly p: Record<string, unknown>;

	account?: Account;
	user?: User;
	role?: Role;
	bot?: AgentBot;
	app?: PlatformApp;
	/** Public API: the inbox named by `inbox_identifier`. */
	inbox?: Inbox;

	constructor(
		readonly req: FakeRequest,
		readonly state: ChatwootState,
		readonly runtime: Runtime,
	) {
		this.params = req.params;
		this.body = bodyParams(req);
		this.query = queryParams(req);
		this.p = { ...this.query, ...this.body, ...this.params };
	}

	/** The account of an account-scoped route (set by auth). */
	get acct(): Account {
		if (!this.account) throw notFound();
		return this.account;
	}

	/** `params.require(name)`: 422 when missing or blank. */
	require<T = unknown>(name: string, source: Record<string, unknown> = this.p): T {
		const value = source[name];
		if (value === undefined || value === null || value === '' || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0)) {
			throw paramMissing(name);
		}
		return value as T;
	}

	/** Integer-looking param or undefined. */
	int(name: string, source: Record<string, unknown> = this.p): number | undefined {
		const value = source[name];
		if (typeof value === 'number' && Number.isFinite(value)) return Math.trunc(value);
		if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
		return undefined;
	}

	str(name: string, source: Record<string, unknown> = this.p): string | undefined {
		const value = source[name];
		if (value === undefined || value === null) return undefined;
		return typeof value === 'string' ? value : String(value);
	}

	/** Rails boolean cast (`'true'`, `'1'`, `true` → true; `'false'`, `'0'`, `false` → false). */
	bool(name: string, source: Record<string, unknown> = this.p): boolean | undefined {
		const value = source[name];
		if (value === undefined || value === null || value === '') return undefined;
		if (typeof value === 'boolean') return value;
		return !['false', '0', 'f', 'off', 'no'].includes(String(value).toLowerCase());
	}

	obj(name: string, source: Record<string, unknown> = this.p): Record<string, unknown> | undefined {
		const value = source[name];
		return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
	}

	list(name: string, source: Record<string, unknown> = this.p): unknown[] | undefined {
		const value = source[name];
		if (value === undefined || value === null) return undefined;
		return Array.isArray(value) ? value : [value];
	}

	/** 1-based page (`page` param; invalid or missing → 1). */
	page(): number {
		const page = this.int('page');
		return page && page > 0 ? page : 1;
	}

	get isAdmin(): boolean {
		return this.role === 'administrator';
	}
}

export type RouteHandler = (ctx: Ctx) => FakeResponse | Promise<FakeResponse>;

export interface RouteDef {
	method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** OpenAPI-style path. */
	path: string;
	/** Stable name (`contacts.index`, `conversations.toggle_status` …) used in the request log. */
	name: string;
	access: Access;
	handle: RouteHandler;
	/**
	 * Where the route comes from: `spec` (one of the 146 operations) or `code` (confirmed from
	 * Chatwoot's server code but missing from the spec; the route file cites the evidence).
	 */
	source?: 'spec' | 'code';
	/**
	 * A `code` route's inputs for the spec validator (query parameters, body, non-integer path
	 * parameters), declared here next to the route; without it the route takes nothing but its
	 * integer path parameters. A `spec` route never has one: where the server reads a spec
	 * operation differently, that is a correction in `spec-corrections.ts`.
	 */
	spec?: OperationDeclaration;
}

// ---------------------------------------------------------------------------------- responses

export const ok = (body: unknown, status = 200): FakeResponse => ({ status, body });
/** `head :ok`: 200 with an empty body. */
export const headOk = (): FakeResponse => ({ status: 200 });

// ---------------------------------------------------------------------------------- declarations

/** A query parameter of a declared (`code`) route. */
export const queryParam = (name: string, schema: Record<string, unknown>, required = false): ParamDef => ({ name, in: 'query', required, schema });
/** `page` (1-based). */
export const pageParam = queryParam('page', { type: 'integer' });
/** A path parameter that is not an integer. */
export const pathParam = (name: string, schema: Record<string, unknown>): ParamDef => ({ name, in: 'path', required: true, schema });
/** One of the spec's own parameters (`#/components/parameters/<name>`). */
export const specParam = (name: string) => ({ $ref: `#/components/parameters/${name}` });
export const objectSchema = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', properties, ...(required.length ? { required } : {}) });
export const jsonBody = (schema: Record<string, unknown>, required = true): RequestBodyDef => ({ required, content: { 'application/json': { schema } } });

/** The operations the spec lacks, as the `code` routes declare them (for `SpecValidator`). */
export function declaredOperations(defs: RouteDef[]): Array<{ method: string; path: string } & OperationDeclaration> {
	return defs.flatMap((def) => {
		if (def.source !== 'code') {
			if (def.spec) throw new Error(`${def.name}: only a code-confirmed route declares its inputs (correct a spec operation in spec-corrections.ts)`);
			return [];
		}
		return [{ method: def.method, path: def.path, ...def.spec }];
	});
}

// ---------------------------------------------------------------------------------- compiling

/** `/a/{b}/c` -> `/a/:b/c`. */
export function toFrameworkPath(path: string): string {
	return path.replace(/\{([^}]+)\}/g, ':$1');
}

/** Literal segments before params, so `/contacts/search` wins over `/contacts/:id` (first match wins). */
function specificityKey(path: string): string {
	return path
		.split('/')
		.filter(Boolean)
		.map((segment) => (segment.startsWith(':') ? '1' : '0'))
		.join('');
}

export function compileRoutes(defs: RouteDef[], runtime: Runtime): Route<ChatwootState>[] {
	const routes = defs.map((def) => {
		const path = toFrameworkPath(def.path);
		return {
			method: def.method,
			path,
			name: def.name,
			handler: (req: FakeRequest) => runRoute(def, req, runtime),
		} satisfies Route<ChatwootState>;
	});
	return routes
		.map((route, index) => ({ route, index, key: specificityKey(route.path) }))
		.sort((a, b) => (a.key === b.key ? a.index - b.index : a.key < b.key ? -1 : 1))
		.map((x) => x.route);
}

/** Pre-handler checks shared by routes and the not-found handler. Returns a response to short-circuit. */
export function preflight(req: FakeRequest, runtime: Runtime): FakeResponse | undefined {
	const limited = runtime.rateLimiter?.check(req);
	if (limited) return limited;
	if (runtime.strictSpec && runtime.validator) {
		const violations = runtime.validator.validate(req);
		if (violations.length) return { status: 400, body: { error: `spec violation: ${violations.join('; ')}` } };
	}
	return undefined;
}

async function runRoute(def: RouteDef, req: FakeRequest, runtime: Runtime): Promise<FakeResponse> {
	const early = preflight(req, runtime);
	if (early) return early;
	try {
		const ctx = new Ctx(req, runtime.state, runtime);
		authenticate(ctx, def.access);
		return await def.handle(ctx);
	} catch (error) {
		if (error instanceof HttpError) return error.toResponse();
		throw error;
	}
}
