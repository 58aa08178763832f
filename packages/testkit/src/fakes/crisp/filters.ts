/**
 * The list filters of listConversations and listPeopleProfiles, applied to the store.
 *
 * [C-client] names the parameters; what they match is [I]:
 * - text search (`search_type=text`, `search_text`): case-insensitive substring of the nickname,
 *   email, phone, last message (conversations: also text messages and the session id; people: also
 *   the company name);
 * - `search_type=segment`: conversations whose segments include the query (case-insensitive);
 * - filters (`search_type=filter` / `search_filter`): a JSON array of `{model, criterion, operator,
 *   query:[…]}` [C-client FilterSearchQuery, C-go PeopleFilter], combined with `search_operator`
 *   (and | or, default and). `criterion` is a field path (`state`, `email`, `segments`,
 *   `data.plan`, `person.nickname` …) looked up on the record, then under `meta.` / `person.`, then
 *   in custom data; operators eq, neq, gt, gte, lt, lte [C-client WebsiteInboxCondition]; `eq`
 *   matches any of the query values (an array field matches when it contains one).
 */
import { CrispError } from './context';

export interface FilterItem {
	model?: string;
	criterion: string;
	operator: string;
	query: unknown[];
}

const OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'];

export function parseFilters(raw: string, name: string): FilterItem[] {
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		throw new CrispError('invalidData', `${name} is not JSON`);
	}
	if (!Array.isArray(parsed)) throw new CrispError('invalidData', `${name} must be a JSON array`);
	return parsed.map((item, i) => {
		const record = (item ?? {}) as Record<string, unknown>;
		if (typeof record.criterion !== 'string' || typeof record.operator !== 'string') throw new CrispError('invalidData', `${name}[${i}] needs criterion and operator`);
		if (!OPERATORS.includes(record.operator)) throw new CrispError('invalidData', `${name}[${i}].operator ${record.operator}`);
		const query = Array.isArray(record.query) ? record.query : record.query === undefined ? [] : [record.query];
		return { model: typeof record.model === 'string' ? record.model : undefined, criterion: record.criterion, operator: record.operator, query };
	});
}

export function valueAt(record: unknown, path: string): unknown {
	let current = record;
	for (const part of path.split('.')) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<string, unknown>)[part];
	}
	return current;
}

/** First defined value among `roots` (each a record with a path prefix). */
export function lookup(criterion: string, roots: Array<[unknown, string]>): unknown {
	for (const [root, prefix] of roots) {
		const value = valueAt(root, prefix ? `${prefix}.${criterion}` : criterion);
		if (value !== undefined) return value;
	}
	return undefined;
}

const norm = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);

function compare(value: unknown, operator: string, wanted: unknown): boolean {
	const left = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
	const right = typeof wanted === 'string' && /^-?\d+(\.\d+)?$/.test(wanted) ? Number(wanted) : wanted;
	if (typeof left !== 'number' || typeof right !== 'number') return false;
	switch (operator) {
		case 'gt':
			return left > right;
		case 'gte':
			return left >= right;
		case 'lt':
			return left < right;
		default:
			return left <= right;
	}
}

export function matches(value: unknown, item: FilterItem): boolean {
	const values = Array.isArray(value) ? value.map(norm) : [norm(value)];
	const wanted = item.query.map(norm);
	const eq = wanted.some((w) => values.some((v) => v === w || (typeof v === 'number' && String(v) === w)));
	switch (item.operator) {
		case 'eq':
			return eq;
		case 'neq':
			return !eq;
		default:
			return wanted.length > 0 && values.some((v) => compare(v, item.operator, item.query[0]));
	}
}

export function combine(results: boolean[], operator: string | undefined): boolean {
	if (results.length === 0) return true;
	return operator === 'or' ? results.some(Boolean) : results.every(Boolean);
}

export function containsText(haystack: Array<unknown>, needle: string): boolean {
	const wanted = needle.trim().toLowerCase();
	return haystack.some((h) => typeof h === 'string' && h.toLowerCase().includes(wanted));
}

/** An ISO 8601 query date as ms, or a 400. */
export function isoMs(value: string | undefined, name: string): number | undefined {
	if (value === undefined || value === '') return undefined;
	const ms = Date.parse(value);
	if (Number.isNaN(ms)) throw new CrispError('invalidData', `${name} is not an ISO 8601 date`);
	return ms;
}
