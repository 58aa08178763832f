import { DEFAULT_RETRY, backoffDelay, isIdempotent, isRetryableNetworkError, isRetryableStatus, networkErrorCode, parseRetryAfter } from '../src/http/retry';
import { MAX_PATH_SEGMENT_LENGTH, PathParameterError, apiPath, pathSegmentProblem } from '../src/http/path';

describe('retry rules', () => {
	test('Retry-After as seconds, as an HTTP date, or unusable', () => {
		const now = Date.parse('2026-11-26T10:00:00Z');
		expect(parseRetryAfter('3', now)).toBe(3000);
		expect(parseRetryAfter('1.5', now)).toBe(1500);
		expect(parseRetryAfter(['2'], now)).toBe(2000);
		expect(parseRetryAfter('Thu, 26 Nov 2026 10:00:10 GMT', now)).toBe(10000);
		expect(parseRetryAfter('Thu, 26 Nov 2026 09:00:00 GMT', now)).toBe(0);
		expect(parseRetryAfter('soon', now)).toBeUndefined();
		expect(parseRetryAfter(undefined, now)).toBeUndefined();
		expect(parseRetryAfter('  ', now)).toBeUndefined();
		// A negative delta is not a date in the past: unusable, so the caller uses its own backoff.
		expect(parseRetryAfter('-5', now)).toBeUndefined();
		expect(parseRetryAfter('-0.5', now)).toBeUndefined();
		expect(parseRetryAfter('+2', now)).toBe(2000);
		expect(parseRetryAfter('2026', now)).toBe(2026000);
		expect(parseRetryAfter('2026-11-26', now)).toBeUndefined();
	});

	test('exponential backoff with jitter stays within [ceiling/2, ceiling] and is capped', () => {
		expect(backoffDelay(0, DEFAULT_RETRY, 0)).toBe(250);
		expect(backoffDelay(0, DEFAULT_RETRY, 1)).toBe(500);
		expect(backoffDelay(2, DEFAULT_RETRY, 0.5)).toBe(1500);
		expect(backoffDelay(10, DEFAULT_RETRY, 1)).toBe(DEFAULT_RETRY.maxDelayMs);
	});

	test('which statuses are retried for which methods', () => {
		expect(isRetryableStatus(429, 'POST', DEFAULT_RETRY)).toBe(true);
		expect(isRetryableStatus(503, 'POST', DEFAULT_RETRY)).toBe(false);
		expect(isRetryableStatus(503, 'GET', DEFAULT_RETRY)).toBe(true);
		expect(isRetryableStatus(502, 'DELETE', DEFAULT_RETRY)).toBe(true);
		expect(isRetryableStatus(500, 'GET', DEFAULT_RETRY)).toBe(false);
		expect(isRetryableStatus(404, 'GET', DEFAULT_RETRY)).toBe(false);
		expect(isIdempotent('PATCH')).toBe(false);
		expect(isIdempotent('PUT')).toBe(true);
	});

	test('network error codes, also nested in cause or only in the message', () => {
		expect(networkErrorCode({ code: 'ECONNRESET' })).toBe('ECONNRESET');
		expect(networkErrorCode({ cause: { code: 'ECONNREFUSED' } })).toBe('ECONNREFUSED');
		expect(networkErrorCode(new Error('socket hang up'))).toBe('ECONNRESET');
		expect(networkErrorCode(new Error('timeout of 100ms exceeded'))).toBe('ETIMEDOUT');
		expect(networkErrorCode(new Error('boom'))).toBeUndefined();
		expect(isRetryableNetworkError({ code: 'ENOTFOUND' })).toBe(false);
		expect(isRetryableNetworkError({ code: 'ETIMEDOUT' })).toBe(true);
	});
});

describe('apiPath', () => {
	test('each value is one encoded segment', () => {
		expect(apiPath`/contacts/${'12'}/notes/${7}`).toBe('/contacts/12/notes/7');
		expect(apiPath`/contacts/${'../accounts/2'}`).toBe('/contacts/..%2Faccounts%2F2');
		expect(apiPath`/a/${'x?y#z'}`).toBe('/a/x%3Fy%23z');
		expect(apiPath`/a/${"it's (me)*!"}`).toBe('/a/it%27s%20%28me%29%2A%21');
		expect(apiPath`/a/${'a\u0000b\nc'}`).toBe('/a/a%00b%0Ac');
		expect(apiPath`/a/${'...'}`).toBe('/a/...');
		expect(apiPath`/a/${'%2E%2E'}`).toBe('/a/%252E%252E');
	});
	test('an empty value is refused instead of hitting another route', () => {
		expect(() => apiPath`/contacts/${''}/notes`).toThrow('Path parameter is empty in "/contacts/{…}/notes"');
		expect(() => apiPath`/contacts/${'  '}`).toThrow(PathParameterError);
	});
	test('"." and ".." are refused: URL parsing resolves them (encoded or not) to another route', () => {
		// A request to /contacts/%2E%2E reaches /  — it renamed a whole account in a test.
		expect(new URL('https://h/api/v1/accounts/1/portals/%2E%2E').pathname).toBe('/api/v1/accounts/1/');
		for (const bad of ['.', '..', ' .. ', '\t.']) {
			let caught: unknown;
			try {
				void apiPath`/portals/${bad}`;
			} catch (e) {
				caught = e;
			}
			expect(caught).toBeInstanceOf(PathParameterError);
			expect((caught as PathParameterError).value).toBe(bad);
			expect((caught as PathParameterError).problem).toBe(`cannot be "${bad.trim()}" (it would reach another endpoint)`);
		}
		expect(pathSegmentProblem('x'.repeat(MAX_PATH_SEGMENT_LENGTH))).toBeUndefined();
		expect(pathSegmentProblem('x'.repeat(MAX_PATH_SEGMENT_LENGTH + 1))).toBe('is longer than 2000 characters');
		expect(() => apiPath`/a/${'x'.repeat(100000)}`).toThrow('Path parameter is longer than 2000 characters in "/a/{…}"');
		// A lone surrogate would make encodeURIComponent throw "URI malformed", naming nothing.
		expect(pathSegmentProblem('a\ud800b')).toBe('contains a broken character (half of a UTF-16 surrogate pair)');
		expect(pathSegmentProblem('a\udc00')).toBe('contains a broken character (half of a UTF-16 surrogate pair)');
		expect(pathSegmentProblem('emoji \ud83d\ude00')).toBeUndefined();
		expect(apiPath`/a/${'\ud83d\ude00'}`).toBe('/a/%F0%9F%98%80');
	});
});
