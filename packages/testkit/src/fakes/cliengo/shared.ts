/**
 * Response helpers shared by the Cliengo routes: errors, the list envelope and limit/offset paging.
 */
import type { FakeRequest, FakeResponse } from '../../fake-server';

/** Thrown by handlers; the route wrapper turns it into the response. */
export class CliengoHttpError extends Error {
	constructor(
		readonly status: number,
		readonly body: unknown,
	) {
		super(typeof body === 'object' && body !== null ? JSON.stringify(body) : String(body));
		this.name = 'CliengoHttpError';
	}
}

/**
 * [I] Error body shape: the only messages ever seen are plain sentences ("Offset cannot be greater
 * than 1000"); `{ message }` is the most likely envelope (§7). Configurable per fake.
 */
export type ErrorBody = (message: string, status: number) => unknown;

export const messageBody: ErrorBody = (message) => ({ message });

export interface PagingOptions {
	/** [I] Used when the request has no `limit`. */
	defaultLimit: number;
	/** [I] Larger limits are silently reduced to this. */
	maxLimit: number;
	/** [3P-obs] "Offset cannot be greater than 1000"; null disables the cap. */
	maxOffset: number | null;
	/** [I] Status of the offset error (the live status was not recorded). */
	offsetErrorStatus: number;
	errorBody: ErrorBody;
}

export function single(req: FakeRequest, name: string): string | undefined {
	const value = req.query[name];
	return Array.isArray(value) ? value[value.length - 1] : value;
}

/** Reads `limit`/`offset` (0-based); `page` is ignored, as observed [3P-obs]. */
export function readPaging(req: FakeRequest, opts: PagingOptions): { limit: number; offset: number } {
	const rawLimit = single(req, 'limit');
	const rawOffset = single(req, 'offset');
	let limit = opts.defaultLimit;
	if (rawLimit !== undefined && rawLimit !== '') {
		if (!/^\d+$/.test(rawLimit) || Number(rawLimit) < 1) {
			throw new CliengoHttpError(400, opts.errorBody('Limit must be a positive integer', 400));
		}
		limit = Math.min(Number(rawLimit), opts.maxLimit);
	}
	let offset = 0;
	if (rawOffset !== undefined && rawOffset !== '') {
		if (!/^\d+$/.test(rawOffset)) throw new CliengoHttpError(400, opts.errorBody('Offset must be a non-negative integer', 400));
		offset = Number(rawOffset);
	}
	if (opts.maxOffset !== null && offset > opts.maxOffset) {
		throw new CliengoHttpError(opts.offsetErrorStatus, opts.errorBody(`Offset cannot be greater than ${opts.maxOffset}`, opts.offsetErrorStatus));
	}
	return { limit, offset };
}

/** The list envelope `{ paging: { total, offset, limit }, <key>: [...] }` [3P-obs]. */
export function page<T>(all: T[], paging: { limit: number; offset: number }, key: string): FakeResponse {
	const results = all.slice(paging.offset, paging.offset + paging.limit);
	return { status: 200, body: { paging: { total: all.length, offset: paging.offset, limit: paging.limit }, [key]: results } };
}

export function ok(body: unknown, status = 200): FakeResponse {
	return { status, body };
}

export const noContent: FakeResponse = { status: 204 };

/** The JSON object body of a write request, or a 400. */
export function objectBody(req: FakeRequest, errorBody: ErrorBody): Record<string, unknown> {
	const body = req.body;
	if (body === undefined) return {};
	if (body === null || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) {
		throw new CliengoHttpError(400, errorBody('The body must be a JSON object', 400));
	}
	return body as Record<string, unknown>;
}

export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function optionalString(body: Record<string, unknown>, key: string, errorBody: ErrorBody): string | null | undefined {
	const value = body[key];
	if (value === undefined) return undefined;
	if (value === null) return null;
	if (typeof value !== 'string') throw new CliengoHttpError(400, errorBody(`${key} must be a string`, 400));
	return value;
}

/** One route of the fake, before the index wraps it with the error handling and the request hook. */
export interface CliengoRoute<S> {
	method: string;
	path: string;
	name: string;
	handler: (req: FakeRequest, store: S) => FakeResponse | Promise<FakeResponse>;
	/** Query parameters the route understands besides `api_key`; others are recorded as violations. */
	query?: string[];
	/** Body keys the route understands; '*' accepts any. Others are recorded as violations. */
	body?: string[] | '*';
	skipAuth?: boolean;
}

/** What the routes need to know about the fake's configuration. */
export interface RouteEnv {
	paging: PagingOptions;
	errorBody: ErrorBody;
	/** Items key of a list envelope for a resource (`results`, or the resource name). */
	listKey(resource: string): string;
}

export const LIST_QUERY = ['limit', 'offset', 'page'];
