import { ApplicationError } from 'n8n-workflow';

/** Longest value accepted as one path segment; longer ids are refused as input errors. */
export const MAX_PATH_SEGMENT_LENGTH = 2000;

/**
 * A value that cannot stand as one path segment: empty, `.` or `..` (which URL parsing resolves as
 * "this folder" and "the parent folder", even when percent-encoded, so the request would leave its
 * route), or too long. The router turns it into an input error naming the item and the field.
 */
export class PathParameterError extends ApplicationError {
	constructor(
		readonly value: string,
		readonly problem: string,
		readonly route: string,
	) {
		super(`Path parameter ${problem} in "${route}"`);
		this.name = 'PathParameterError';
	}
}

/** Why `value` cannot be one path segment, or undefined when it can. */
export function pathSegmentProblem(value: string): string | undefined {
	const text = value.trim();
	if (text === '') return 'is empty';
	if (text === '.' || text === '..') return `cannot be "${text}" (it would reach another endpoint)`;
	if (value.length > MAX_PATH_SEGMENT_LENGTH) return `is longer than ${MAX_PATH_SEGMENT_LENGTH} characters`;
	// Half of a UTF-16 pair alone cannot be encoded in a URL (encodeURIComponent throws "URI malformed").
	if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value)) return 'contains a broken character (half of a UTF-16 surrogate pair)';
	return undefined;
}

/**
 * Builds a URL path in which every interpolated value is one encoded path segment.
 * `apiPath\`/contacts/${id}/notes\`` with id = "../accounts" gives "/contacts/..%2Faccounts/notes",
 * so a user-supplied id can never reach another endpoint. Empty values, `.` and `..` are refused:
 * a request to "/contacts//notes" or "/contacts/%2E%2E" would silently hit a different route
 * (URL parsers normalise encoded dot segments too).
 */
export function apiPath(strings: TemplateStringsArray, ...values: Array<string | number>): string {
	let out = strings[0];
	const route = strings.join('{…}');
	values.forEach((value, i) => {
		const text = value === undefined || value === null ? '' : String(value);
		const problem = pathSegmentProblem(text);
		if (problem) throw new PathParameterError(text, problem, route);
		out += encodePathSegment(text) + strings[i + 1];
	});
	return out;
}

/** encodeURIComponent plus the characters it leaves alone but that are special in a path segment. */
export function encodePathSegment(value: string): string {
	return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
