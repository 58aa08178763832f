/**
 * Query-string helpers.
 *
 * - `parseQuery` is what the fake servers use to read `?a=1&b[]=2` (and urlencoded bodies).
 * - `stringifyQuery` reproduces the output of `qs.stringify` (the serializer n8n's
 *   `helpers.httpRequest` uses) for the four `arrayFormat`s n8n exposes, so the fake servers
 *   see byte-for-byte what a real n8n instance would send.
 */

export type QueryValue = string | string[];
export type ParsedQuery = Record<string, QueryValue>;
export type ArrayFormat = 'indices' | 'brackets' | 'repeat' | 'comma';

function decodeComponent(text: string): string {
	const spaced = text.replace(/\+/g, ' ');
	try {
		return decodeURIComponent(spaced);
	} catch {
		return spaced;
	}
}

/**
 * Parses a raw query string (without the leading `?`).
 *
 * - `a=1`                 -> `{ a: '1' }`
 * - `a=1&a=2`             -> `{ a: ['1', '2'] }` (repeated keys become arrays)
 * - `a[]=1&a[]=2`         -> `{ a: ['1', '2'] }` (brackets always mean "array", even with one value)
 * - `a[0]=1&a[1]=2`       -> `{ a: ['1', '2'] }` (indices are honoured for ordering)
 * - `filter[name]=x`      -> `{ 'filter[name]': 'x' }` (non-numeric brackets are kept verbatim)
 * - `flag`                -> `{ flag: '' }`
 */
export function parseQuery(raw: string): ParsedQuery {
	const result: ParsedQuery = {};
	const indexed = new Map<string, Array<{ index: number; order: number; value: string }>>();
	let order = 0;
	if (!raw) return result;

	for (const piece of raw.split('&')) {
		if (piece === '') continue;
		const eq = piece.indexOf('=');
		const rawKey = eq === -1 ? piece : piece.slice(0, eq);
		const rawValue = eq === -1 ? '' : piece.slice(eq + 1);
		const key = decodeComponent(rawKey);
		const value = decodeComponent(rawValue);

		const bracket = /^(.+?)\[(\d*)\]$/.exec(key);
		if (bracket) {
			const base = bracket[1];
			const index = bracket[2] === '' ? Number.POSITIVE_INFINITY : Number(bracket[2]);
			const list = indexed.get(base) ?? [];
			list.push({ index, order: order++, value });
			indexed.set(base, list);
			continue;
		}

		const existing = result[key];
		if (existing === undefined) {
			result[key] = value;
		} else if (Array.isArray(existing)) {
			existing.push(value);
		} else {
			result[key] = [existing, value];
		}
	}

	for (const [base, entries] of indexed) {
		entries.sort((a, b) => (a.index === b.index ? a.order - b.order : a.index - b.index));
		const values = entries.map((e) => e.value);
		const existing = result[base];
		if (existing === undefined) {
			result[base] = values;
		} else {
			result[base] = [...(Array.isArray(existing) ? existing : [existing]), ...values];
		}
	}
	return result;
}

/**
 * Percent-encodes like `qs` does by default (RFC 3986): everything except
 * `A-Z a-z 0-9 - _ . ~` is escaped, including `!'()*` which `encodeURIComponent` leaves alone.
 */
export function qsEncode(text: string): string {
	let encoded: string;
	try {
		encoded = encodeURIComponent(text);
	} catch {
		// Lone surrogates: encode what can be encoded, replace the rest.
		encoded = encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
	}
	return encoded.replace(/[!'()*]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase());
}

function primitiveToString(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
		return String(value);
	}
	if (Buffer.isBuffer(value)) return value.toString();
	if (value instanceof Date) return value.toISOString();
	return undefined;
}

function serialize(value: unknown, prefix: string, format: ArrayFormat, out: string[]): void {
	if (value === undefined) return;
	if (value === null) {
		out.push(`${qsEncode(prefix)}=`);
		return;
	}
	const primitive = primitiveToString(value);
	if (primitive !== undefined) {
		out.push(`${qsEncode(prefix)}=${qsEncode(primitive)}`);
		return;
	}
	if (Array.isArray(value)) {
		if (format === 'comma') {
			if (value.length === 0) return;
			const joined = value
				.map((v) => (v instanceof Date ? v.toISOString() : v === null || v === undefined ? '' : String(v)))
				.join(',');
			serialize(joined === '' ? null : joined, prefix, format, out);
			return;
		}
		value.forEach((item, index) => {
			const key =
				format === 'indices' ? `${prefix}[${index}]` : format === 'brackets' ? `${prefix}[]` : prefix;
			serialize(item, key, format, out);
		});
		return;
	}
	if (typeof value === 'object') {
		for (const key of Object.keys(value as object)) {
			serialize((value as Record<string, unknown>)[key], `${prefix}[${key}]`, format, out);
		}
	}
}

/**
 * Serializes an object the way `qs.stringify(obj, { arrayFormat })` does
 * (default `indices`, which is also n8n's default for `helpers.httpRequest`).
 *
 * `{ a: [1, 2] }` -> indices `a%5B0%5D=1&a%5B1%5D=2`, brackets `a%5B%5D=1&a%5B%5D=2`,
 * repeat `a=1&a=2`, comma `a=1%2C2`. `null` -> `a=`, `undefined` is skipped, nested objects
 * use `a%5Bb%5D=c`.
 */
export function stringifyQuery(obj: unknown, arrayFormat: ArrayFormat = 'indices'): string {
	if (obj === null || typeof obj !== 'object') return '';
	if (obj instanceof URLSearchParams) return obj.toString();
	const out: string[] = [];
	for (const key of Object.keys(obj)) {
		serialize((obj as Record<string, unknown>)[key], key, arrayFormat, out);
	}
	return out.join('&');
}
