import { ApplicationError } from 'n8n-workflow';

/**
 * Builds a URL path in which every interpolated value is one encoded path segment.
 * `apiPath\`/contacts/${id}/notes\`` with id = "../accounts" gives "/contacts/..%2Faccounts/notes",
 * so a user-supplied id can never reach another endpoint. Empty values are refused: a request
 * to "/contacts//notes" would silently hit a different route.
 */
export function apiPath(strings: TemplateStringsArray, ...values: Array<string | number>): string {
	let out = strings[0];
	values.forEach((value, i) => {
		const text = typeof value === 'number' ? String(value) : value;
		if (text === undefined || text === null || String(text).trim() === '') {
			throw new ApplicationError(`Empty path parameter in "${strings.join('{…}')}"`);
		}
		out += encodePathSegment(String(text)) + strings[i + 1];
	});
	return out;
}

/** encodeURIComponent plus the characters it leaves alone but that are special in a path segment. */
export function encodePathSegment(value: string): string {
	const encoded = encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
	// "." and ".." are legal characters but would be resolved as relative segments by proxies.
	if (encoded === '.' || encoded === '..') return encoded.replace(/\./g, '%2E');
	return encoded;
}
