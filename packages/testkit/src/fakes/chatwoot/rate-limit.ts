/**
 * Optional throttling, off by default.
 *
 * Real Chatwoot throttles with rack-attack (§8): per IP (3000/min by default, and 127.0.0.1 is
 * safe-listed, so a local instance never throttles), plus per-account/per-user limits on a few
 * routes. A fake on 127.0.0.1 cannot key by IP usefully, so this limiter counts per access token
 * (requests without a token share one bucket) in fixed windows.
 *
 * What a throttled request gets (§8, all [I] — rack-attack's default `throttled_responder`, which
 * Chatwoot does not override):
 * - status 429, body `Retry later\n`, `Content-Type: text/plain`;
 * - **no** `Retry-After` header (rack-attack only adds it when configured) — set `retryAfter: true`
 *   to add one anyway (seconds until the window resets) if a test needs that variant;
 * - no `X-RateLimit-*` headers.
 */
import type { FakeRequest, FakeResponse } from '../../fake-server';

export interface RateLimitOptions {
	/** Requests allowed per token per window. */
	perMinute: number;
	/** Window length in ms (default 60 000). */
	windowMs?: number;
	/** Add a `Retry-After` header (not what rack-attack does by default). */
	retryAfter?: boolean;
}

export function accessTokenOf(req: FakeRequest): string | undefined {
	// Both spellings reach Rails as HTTP_API_ACCESS_TOKEN (§2).
	const token = req.headers['api_access_token'] ?? req.headers['api-access-token'];
	return token === undefined || token === '' ? undefined : token;
}

export class RateLimiter {
	private readonly windows = new Map<string, { start: number; count: number }>();

	constructor(
		private readonly options: RateLimitOptions,
		private readonly clock: () => number = Date.now,
	) {}

	/** Counts the request; returns the 429 response when the bucket is over its limit. */
	check(req: FakeRequest): FakeResponse | undefined {
		const windowMs = this.options.windowMs ?? 60_000;
		const key = accessTokenOf(req) ?? '<anonymous>';
		const now = this.clock();
		let window = this.windows.get(key);
		if (!window || now - window.start >= windowMs) {
			window = { start: now, count: 0 };
			this.windows.set(key, window);
		}
		window.count += 1;
		if (window.count <= this.options.perMinute) return undefined;
		const headers: Record<string, string> = { 'content-type': 'text/plain' };
		if (this.options.retryAfter) headers['retry-after'] = String(Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)));
		return { status: 429, headers, body: 'Retry later\n' };
	}

	reset(): void {
		this.windows.clear();
	}
}
