import { createHmac } from 'crypto';
import { hmac, safeEqual, verifyHmac } from '../src/triggers/signature';

const secret = 'whsec_test_secret';
const body = '{"event":"message_created","id":1}';
const now = 1_750_000_000_000;
const ts = String(Math.floor(now / 1000));
const sign = (t: string, b: string, s = secret) => `sha256=${createHmac('sha256', s).update(`${t}.${b}`).digest('hex')}`;
const check = (over: Partial<Parameters<typeof verifyHmac>[0]> = {}) =>
	verifyHmac({ secret, rawBody: Buffer.from(body), signature: sign(ts, body), timestamp: ts, signedPayload: (t, b) => `${t}.${b}`, prefix: 'sha256=', nowMs: now, ...over });

describe('verifyHmac', () => {
	test('valid signature over timestamp and raw body', () => expect(check()).toEqual({ valid: true }));
	test('tampered body', () => expect(check({ rawBody: body.replace('1', '2') })).toEqual({ valid: false, reason: 'mismatch' }));
	test('wrong secret', () => expect(check({ secret: 'other' })).toEqual({ valid: false, reason: 'mismatch' }));
	test('missing signature', () => expect(check({ signature: undefined })).toEqual({ valid: false, reason: 'missing-signature' }));
	test('missing timestamp', () => expect(check({ timestamp: undefined })).toEqual({ valid: false, reason: 'missing-timestamp' }));
	test('garbage timestamp', () => expect(check({ timestamp: '12abc' })).toEqual({ valid: false, reason: 'bad-timestamp' }));
	test('stale: older than 5 minutes', () => {
		const old = String(Number(ts) - 301);
		expect(check({ timestamp: old, signature: sign(old, body) })).toEqual({ valid: false, reason: 'stale' });
		const edge = String(Number(ts) - 300);
		expect(check({ timestamp: edge, signature: sign(edge, body) })).toEqual({ valid: true });
	});
	test('from the future beyond the allowed skew', () => {
		const future = String(Number(ts) + 31);
		expect(check({ timestamp: future, signature: sign(future, body) })).toEqual({ valid: false, reason: 'stale' });
	});
	test('a signature of another length is refused', () => expect(check({ signature: 'sha256=abc' })).toEqual({ valid: false, reason: 'mismatch' }));
	test('body-only signatures (no timestamp), base64', () => {
		const sig = createHmac('sha1', secret).update(body).digest('base64');
		expect(verifyHmac({ secret, rawBody: body, signature: sig, algorithm: 'sha1', encoding: 'base64' })).toEqual({ valid: true });
		expect(hmac(secret, body, 'sha1', 'base64')).toBe(sig);
	});
	describe('timestamps in milliseconds', () => {
		const bracket = (t: string | undefined, b: string) => `[${t};${b}]`;
		const signMs = (t: string) => createHmac('sha256', secret).update(`[${t};${body}]`).digest('hex');
		const checkMs = (t: string, unit: 'ms' | 'auto' | 's', over: Partial<Parameters<typeof verifyHmac>[0]> = {}) =>
			verifyHmac({ secret, rawBody: body, signature: signMs(t), timestamp: t, timestampUnit: unit, signedPayload: bracket, nowMs: now, ...over });
		test('unit ms: signed as received, the window measured in milliseconds', () => {
			expect(checkMs(String(now - 300_000), 'ms')).toEqual({ valid: true });
			expect(checkMs(String(now - 300_001), 'ms')).toEqual({ valid: false, reason: 'stale' });
			expect(checkMs(String(now + 30_000), 'ms')).toEqual({ valid: true });
			expect(checkMs(String(now + 30_001), 'ms')).toEqual({ valid: false, reason: 'stale' });
			expect(checkMs(String(now), 'ms', { toleranceSec: 3600 })).toEqual({ valid: true });
		});
		test('unit auto: 13 digits are milliseconds, 10 digits seconds', () => {
			expect(checkMs(String(now - 1000), 'auto')).toEqual({ valid: true });
			expect(checkMs(ts, 'auto')).toEqual({ valid: true });
			expect(checkMs(String(Number(ts) - 301), 'auto')).toEqual({ valid: false, reason: 'stale' });
			expect(checkMs(String(now - 301_000), 'auto')).toEqual({ valid: false, reason: 'stale' });
		});
		test('unit s (the default) still refuses a millisecond value', () => {
			expect(checkMs(String(now), 's')).toEqual({ valid: false, reason: 'bad-timestamp' });
			expect(checkMs('1'.repeat(16), 'ms')).toEqual({ valid: false, reason: 'bad-timestamp' });
		});
	});
	test('safeEqual', () => {
		expect(safeEqual('abc', 'abc')).toBe(true);
		expect(safeEqual('abc', 'abd')).toBe(false);
		expect(safeEqual('abc', 'abcd')).toBe(false);
	});
});
