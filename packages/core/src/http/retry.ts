import type { IHttpRequestMethods } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

export interface RetryOptions {
	/** How many times a request that failed with a 5xx or a network error is tried again. */
	retries: number;
	/**
	 * The platform's rate-limit window: a 429 is retried, with growing waits, until this much time
	 * has been waited in all, so that a throttle lasting the whole window is outlived (a 429 means
	 * the server did nothing, so even a create is safe to retry).
	 */
	rateLimitWindowMs: number;
	/** Upper bound of one computed wait after a 429 without Retry-After. */
	maxRateLimitDelayMs: number;
	/** First backoff delay; doubled on each attempt. */
	baseDelayMs: number;
	/** Upper bound of a computed backoff delay. */
	maxDelayMs: number;
	/** Upper bound of a delay the server asks for with Retry-After; a longer ask fails at once. */
	maxRetryAfterMs: number;
	/** Statuses that are retried for idempotent methods. */
	statuses: number[];
	/**
	 * Statuses that mean "throttled, nothing was done" (429; Crisp also answers 420): retried for every
	 * method, until the rate-limit window is waited out.
	 */
	throttleStatuses: number[];
}

export const DEFAULT_RETRY: RetryOptions = {
	retries: 3,
	rateLimitWindowMs: 60000,
	maxRateLimitDelayMs: 15000,
	baseDelayMs: 500,
	maxDelayMs: 8000,
	maxRetryAfterMs: 60000,
	statuses: [429, 502, 503, 504],
	throttleStatuses: [429],
};

/** The clock used by retries; tests replace `sleep` to run backoff without waiting. */
export const retryClock = {
	sleep: (ms: number): Promise<void> => sleep(ms),
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
 * on 429, where the server refused it before acting.
 */
export function isRetryableStatus(status: number, method: IHttpRequestMethods, opts: RetryOptions): boolean {
	if (opts.throttleStatuses.includes(status)) return true;
	if (!opts.statuses.includes(status)) return false;
	return isIdempotent(method);
}

/**
 * Parses Retry-After (delta seconds or an HTTP date) into milliseconds from now. A negative or
 * otherwise unusable value gives undefined, so the caller falls back to its own backoff.
 */
export function parseRetryAfter(value: string | string[] | undefined, now = retryClock.now()): number | undefined {
	const text = (Array.isArray(value) ? value[0] : value)?.trim();
	if (text === undefined || text === '') return undefined;
	if (/^[+-]?\d+(\.\d+)?$/.test(text)) {
		const seconds = parseFloat(text);
		return seconds >= 0 ? Math.round(seconds * 1000) : undefined;
	}
	// An HTTP date names its weekday or month: "Wed, 21 Oct 2026 07:28:00 GMT".
	if (!/[a-z]/i.test(text)) return undefined;
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}

/** The wait after the n-th 429 without Retry-After (0-based): 1 s, 2 s, 4 s … up to the cap, with jitter. */
export function rateLimitDelay(attempt: number, opts: RetryOptions, random = retryClock.random()): number {
	const ceiling = Math.min(opts.maxRateLimitDelayMs, Math.max(opts.baseDelayMs, 1000) * 2 ** Math.min(attempt, 20));
	return Math.round(ceiling / 2 + (random * ceiling) / 2);
}

/** Exponential backoff with full jitter, bounded by maxDelayMs. attempt is 0 for the first retry. */
export function backoffDelay(attempt: number, opts: RetryOptions, random = retryClock.random()): number {
	const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** attempt);
	// Half fixed, half random: never zero, never in lock-step with other clients.
	return Math.round(ceiling / 2 + (random * ceiling) / 2);
}
