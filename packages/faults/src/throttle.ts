import type { FakeRequest, FakeResponse, FakeServer } from '@leadchat/testkit';

export interface ThrottleOptions {
	/** Requests allowed per key in each window. */
	limit: number;
	windowMs: number;
	/** The answer to a throttled request. */
	response: FakeResponse;
	/** The bucket of a request (its credential); one bucket for all by default. */
	keyOf?: (req: FakeRequest) => string;
	clock?: () => number;
}

/**
 * Fixed-window throttling for a fake that has none of its own: the first request of a key opens a
 * window of `windowMs`; past `limit` requests in it, the request gets `response` without reaching
 * the route. Every request counts, throttled ones too. Returns the removal.
 */
export function fixedWindowThrottle(server: FakeServer<any>, opts: ThrottleOptions): () => void {
	const clock = opts.clock ?? Date.now;
	const windows = new Map<string, { start: number; count: number }>();
	return server.intercept((req, next) => {
		const key = opts.keyOf?.(req) ?? '';
		const now = clock();
		let window = windows.get(key);
		if (!window || now - window.start >= opts.windowMs) {
			window = { start: now, count: 0 };
			windows.set(key, window);
		}
		window.count += 1;
		return window.count <= opts.limit ? next() : opts.response;
	});
}
