import { createHmac, timingSafeEqual } from 'crypto';

export type SignatureResult = { valid: true } | { valid: false; reason: 'missing-signature' | 'missing-timestamp' | 'bad-timestamp' | 'stale' | 'mismatch' };

export interface HmacCheck {
	secret: string;
	/** The exact bytes received. */
	rawBody: Buffer | string;
	signature: string | undefined;
	/** The timestamp as sent by the platform (in `timestampUnit`); required when `signedPayload` uses it. */
	timestamp?: string | undefined;
	/**
	 * Unit of `timestamp`: Unix seconds (default), milliseconds, or 'auto' for a platform that does
	 * not document it (a value of 10^12 or more is milliseconds: seconds reach it in the year 33658).
	 */
	timestampUnit?: 's' | 'ms' | 'auto';
	/** Builds the signed string, e.g. (ts, body) => `${ts}.${body}`. Default: the body alone. */
	signedPayload?: (timestamp: string | undefined, rawBody: string) => string;
	algorithm?: 'sha256' | 'sha1' | 'sha512';
	/** Prefix in the header, e.g. "sha256=". */
	prefix?: string;
	encoding?: 'hex' | 'base64';
	/** Oldest accepted timestamp, in seconds from now (default 300). */
	toleranceSec?: number;
	/** Newest accepted timestamp ahead of now, in seconds (default 30). */
	futureSkewSec?: number;
	nowMs?: number;
}

export function hmac(secret: string, payload: string, algorithm: HmacCheck['algorithm'] = 'sha256', encoding: HmacCheck['encoding'] = 'hex'): string {
	return createHmac(algorithm ?? 'sha256', secret).update(payload, 'utf8').digest(encoding ?? 'hex');
}

/** Constant-time string comparison (length leak only). */
export function safeEqual(a: string, b: string): boolean {
	const x = Buffer.from(a, 'utf8');
	const y = Buffer.from(b, 'utf8');
	if (x.length !== y.length) {
		timingSafeEqual(x, x);
		return false;
	}
	return timingSafeEqual(x, y);
}

/** Verifies an HMAC-signed delivery: signature present, timestamp fresh, digest equal in constant time. */
export function verifyHmac(check: HmacCheck): SignatureResult {
	if (!check.signature) return { valid: false, reason: 'missing-signature' };
	const usesTimestamp = check.timestamp !== undefined || check.signedPayload !== undefined;
	if (usesTimestamp) {
		if (check.timestamp === undefined || check.timestamp === '') return { valid: false, reason: 'missing-timestamp' };
		const unit = check.timestampUnit ?? 's';
		if (!(unit === 's' ? /^\d{1,12}$/ : /^\d{1,15}$/).test(check.timestamp)) return { valid: false, reason: 'bad-timestamp' };
		const ts = Number(check.timestamp);
		const tolerance = check.toleranceSec ?? 300;
		const skew = check.futureSkewSec ?? 30;
		if (unit === 'ms' || (unit === 'auto' && ts >= 1e12)) {
			const nowMs = check.nowMs ?? Date.now();
			if (ts < nowMs - tolerance * 1000 || ts > nowMs + skew * 1000) return { valid: false, reason: 'stale' };
		} else {
			const nowSec = Math.floor((check.nowMs ?? Date.now()) / 1000);
			if (ts < nowSec - tolerance || ts > nowSec + skew) return { valid: false, reason: 'stale' };
		}
	}
	const body = typeof check.rawBody === 'string' ? check.rawBody : check.rawBody.toString('utf8');
	const payload = check.signedPayload ? check.signedPayload(check.timestamp, body) : body;
	const expected = (check.prefix ?? '') + hmac(check.secret, payload, check.algorithm, check.encoding);
	return safeEqual(check.signature.trim(), expected) ? { valid: true } : { valid: false, reason: 'mismatch' };
}
