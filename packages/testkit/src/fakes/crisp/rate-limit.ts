/**
 * Optional throttling, off by default. Crisp limits per IP (load balancers), per user and route
 * (user tier) and by a daily quota per plugin (plugin tier) [C-doc rate-limit guide]. A fake on
 * 127.0.0.1 counts per token (the Authorization header; requests without one share a bucket) in
 * fixed windows. The answer (status 429 or 420, the error envelope with reason
 * "quota_limit_exceeded", no Retry-After) is described in fixtures.ts.
 */
import type { FakeRequest, FakeResponse } from '../../fake-server';
import { RATE_LIMIT } from './fixtures';

export interface CrispRateLimitOptions {
	/** Requests allowed per token per window. */
	limit: number;
	/** Window length in ms (default one day, like the plugin and website-token quotas [C-doc]). */
	windowMs?: number;
	/** 429 (default) or 420 [C-doc: either]. */
	status?: 429 | 420;
}

export function throttledResponse(status: 429 | 420 = RATE_LIMIT.status, head = false): FakeResponse {
	return head ? { status } : { status, body: { error: true, reason: RATE_LIMIT.reason, data: {} } };
}

export class CrispRateLimiter {
	private readonly windows = new Map<string, { start: number; count: number }>();

	constructor(
		readonly options: CrispRateLimitOptions,
		private readonly clock: () => number,
	) {}

	/** Counts the request; the throttled answer when its bucket is over the limit. */
	check(req: FakeRequest): FakeResponse | undefined {
		const windowMs = this.options.windowMs ?? 86_400_000;
		const key = req.headers.authorization ?? '<anonymous>';
		const now = this.clock();
		let window = this.windows.get(key);
		if (!window || now - window.start >= windowMs) {
			window = { start: now, count: 0 };
			this.windows.set(key, window);
		}
		window.count += 1;
		if (window.count <= this.options.limit) return undefined;
		return throttledResponse(this.options.status ?? RATE_LIMIT.status, req.method === 'HEAD');
	}

	reset(): void {
		this.windows.clear();
	}
}
