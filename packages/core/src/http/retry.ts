import type { IHttpRequestMethods } from 'n8n-workflow';

export interface RetryOptions {
	/** How many times a failed request is tried again (so at most retries + 1 requests). */
	retries: number;
	/** First backoff delay; doubled on each attempt. */
	baseDelayMs: number;
	/** Upper bound of a computed backoff delay. */
	maxDelayMs: number;
	/** Upper bound of a delay the server asks for with Retry-After; a longer ask fails at once. */
	maxRetryAfterMs: number;
	/** Statuses that are retried for idempotent methods. */
	statuses: number[];
}

export const DEFAULT_RETRY: RetryOptions = {
	retries: 3,
	baseDelayMs: 500,
	maxDelayMs: 8000,
	maxRetryAfterMs: 60000,
	statuses: [429, 502, 503, 504],
};

/** The clock used by retries; tests replace `sleep` to run backoff without waiting. */
export const retryClock = {
	sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
	now: () => Date.now(),
	random: () => Math.random(),
};

const IDEMPOTENT: IHttpRequestMethods[] = ['GET', 'HEAD', 'PUT', 'DELETE'];

export function isIdempotent(method: IHttpRequestMethods): boolean {
	return IDEMPOTENT.includes(method);
}

const RETRYABLE_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'EAI_AGAIN',
	'ENETUNREACH',
	'EHOSTUNREACH',
	'UND_ERR_SOCKET',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

export function networkErrorCode(error: unknown): string | undefined {
	const e = error as { code?: string; cause?: { code?: string } } | undefined;
	const code = e?.code ?? e?.cause?.code;
	if (code) return code;
	const message = (error as Error | undefined)?.message ?? '';
	if (/socket hang up/i.test(message)) return 'ECONNRESET';
	if (/timeout/i.test(message)) return 'ETIMEDOUT';
	return undefined;
}

export function isRetryableNetworkError(error: unknown): boolean {
	const code = networkErrorCode(error);
	return code !== undefined && RETRYABLE_NETWORK_CODES.has(code);
}

/**
 * Whether a response status may be retried. A non-idempotent request (POST, PATCH) is retried only
 * on 429, where the server refused it before acting, unless the caller says it is safe.
 */
export function isRetryableStatus(status: number, method: IHttpRequestMethods, opts: RetryOptions, unsafeRetry = false): boolean {
	if (!opts.statuses.includes(status)) return false;
	if (status === 429) return true;
	return isIdempotent(method) || unsafeRetry;
}

/** Parses Retry-After (delta seconds or an HTTP date) into milliseconds from now. */
export function parseRetryAfter(value: string | string[] | undefined, now = retryClock.now()): number | undefined {
	const text = Array.isArray(value) ? value[0] : value;
	if (text === undefined || text.trim() === '') return undefined;
	if (/^\d+(\.\d+)?$/.test(text.trim())) return Math.round(parseFloat(text) * 1000);
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}

/** Exponential backoff with full jitter, bounded by maxDelayMs. attempt is 0 for the first retry. */
export function backoffDelay(attempt: number, opts: RetryOptions, random = retryClock.random()): number {
	const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** attempt);
	// Half fixed, half random: never zero, never in lock-step with other clients.
	return Math.round(ceiling / 2 + (random * ceiling) / 2);
}
