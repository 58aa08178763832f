/**
 * The bad inputs every platform is tried with, shared by the in-process suite and the real-n8n one.
 */

export interface IdCase {
	label: string;
	value: string;
	/**
	 * `refused`: an input error naming the item and the field, and no request.
	 * `one segment`: exactly one request, to the operation's own route, with the id as one path
	 * segment (the fake decodes exactly this value) — or, for an operation whose ids are numeric,
	 * an input error with no request.
	 */
	expect: 'refused' | 'one segment';
}

export const ID_CASES: IdCase[] = [
	{ label: '"."', value: '.', expect: 'refused' },
	{ label: '".."', value: '..', expect: 'refused' },
	{ label: '" .. " (spaces around)', value: ' .. ', expect: 'refused' },
	{ label: '"a/b"', value: 'a/b', expect: 'one segment' },
	{ label: '"../accounts"', value: '../accounts', expect: 'one segment' },
	{ label: '"%2F" (an encoded slash, typed)', value: '%2F', expect: 'one segment' },
	{ label: '"%2E%2E" (encoded dots, typed)', value: '%2E%2E', expect: 'one segment' },
	{ label: '"?x=1"', value: '?x=1', expect: 'one segment' },
	{ label: '"#frag"', value: '#frag', expect: 'one segment' },
	{ label: 'control characters (NUL, SOH, US, DEL, CR LF)', value: 'a\u0000b\u0001c\u001fd\u007fe\r\nf', expect: 'one segment' },
	{ label: 'a lone surrogate (not encodable as UTF-8)', value: 'a\ud800b', expect: 'refused' },
	{ label: '100,000 characters', value: 'x'.repeat(100_000), expect: 'refused' },
];

export interface NumberCase {
	label: string;
	value: unknown;
	/** Only for fields that must be whole numbers, or that must have a value. */
	only?: 'integer' | 'required';
}

export const NUMBER_CASES: NumberCase[] = [
	{ label: 'NaN', value: NaN },
	{ label: 'Infinity', value: Infinity },
	{ label: '-Infinity', value: -Infinity },
	{ label: '"NaN"', value: 'NaN' },
	{ label: '"Infinity"', value: 'Infinity' },
	{ label: '"1e999" (overflows to Infinity)', value: '1e999' },
	{ label: '"0x10" (hexadecimal)', value: '0x10' },
	{ label: '"0b11" (binary)', value: '0b11' },
	{ label: '"" where a value is required', value: '', only: 'required' },
	{ label: '1.5 where a whole number is required', value: 1.5, only: 'integer' },
	{ label: '"1.5" where a whole number is required', value: '1.5', only: 'integer' },
];

/** Whether a number case applies to a field. */
export function numberCaseApplies(c: NumberCase, f: { integer: boolean; required?: boolean }): boolean {
	if (c.only === 'integer') return f.integer;
	if (c.only === 'required') return f.required === true;
	return true;
}

/** Whether an id case must be refused for an operation (a numeric id refuses anything but digits). */
export function idMustBeRefused(c: IdCase, op: { numeric?: boolean }): boolean {
	return c.expect === 'refused' || (op.numeric === true && !/^\d+$/.test(c.value.trim()));
}

/**
 * Jitter values (core's retryClock.random) under which the 429 waits must still cover the platform's
 * rate-limit window: both ends, the middle, and two draws a scan of 0…1 in steps of 0.001 found to
 * fall short with a backoff whose first wait (0.5–1 s) is counted as 1 s against the window.
 */
export const JITTERS = [0, 0.137, 0.5, 0.597, 1];
