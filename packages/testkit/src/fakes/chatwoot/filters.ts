/**
 * The advanced-filter engine behind `POST /contacts/filter` and `POST /conversations/filter`.
 *
 * Body: `{"payload":[{attribute_key, filter_operator, values:[…], query_operator}]}`; the
 * `query_operator` of condition i joins it to condition i+1. Like the SQL Chatwoot builds, AND
 * binds tighter than OR. Unknown attributes/operators answer 422 `{"error":"…"}`
 * (`render_could_not_create_error`); the exact message texts are [I].
 */
import { couldNotCreate, paramMissing } from './errors';

export interface FilterCondition {
	attribute_key: string;
	filter_operator: string;
	values: unknown[];
	query_operator?: string | null;
}

export type AttributeGetter<T> = (record: T, key: string) => { known: boolean; value: unknown };

const OPERATORS = new Set([
	'equal_to',
	'not_equal_to',
	'contains',
	'does_not_contain',
	'is_present',
	'is_not_present',
	'is_greater_than',
	'is_less_than',
	'days_before',
	'starts_with',
]);

export function parseConditions(payload: unknown): FilterCondition[] {
	if (!Array.isArray(payload) || payload.length === 0) throw paramMissing('payload');
	return payload.map((raw) => {
		const c = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
		const condition: FilterCondition = {
			attribute_key: String(c.attribute_key ?? ''),
			filter_operator: String(c.filter_operator ?? ''),
			values: Array.isArray(c.values) ? c.values : c.values === undefined || c.values === null ? [] : [c.values],
			query_operator: c.query_operator === undefined || c.query_operator === null ? null : String(c.query_operator),
		};
		if (!OPERATORS.has(condition.filter_operator)) throw couldNotCreate(`Invalid operator. The allowed operators for ${condition.attribute_key} are [${[...OPERATORS].join(',')}].`);
		if (condition.query_operator && !['and', 'or'].includes(condition.query_operator.toLowerCase())) {
			throw couldNotCreate('Invalid query operator. The allowed query operators are [AND,OR].');
		}
		return condition;
	});
}

function normalize(value: unknown): string {
	return value === null || value === undefined ? '' : String(value).toLowerCase();
}

function toNumber(value: unknown): number {
	if (typeof value === 'number') return value;
	const text = String(value ?? '');
	if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
	const ms = Date.parse(text);
	return Number.isNaN(ms) ? NaN : ms / 1000;
}

function evaluate(actual: unknown, condition: FilterCondition, nowSeconds: number): boolean {
	const actualList = Array.isArray(actual) ? actual.map(normalize) : [normalize(actual)];
	const wanted = condition.values.map(normalize);
	const present = Array.isArray(actual) ? actual.length > 0 : actual !== null && actual !== undefined && actual !== '';
	switch (condition.filter_operator) {
		case 'equal_to':
			return actualList.some((a) => wanted.includes(a));
		case 'not_equal_to':
			return !actualList.some((a) => wanted.includes(a));
		case 'contains':
			return actualList.some((a) => wanted.some((w) => a.includes(w)));
		case 'does_not_contain':
			return !actualList.some((a) => wanted.some((w) => a.includes(w)));
		case 'starts_with':
			return actualList.some((a) => wanted.some((w) => a.startsWith(w)));
		case 'is_present':
			return present;
		case 'is_not_present':
			return !present;
		case 'is_greater_than':
			return present && toNumber(actual) > toNumber(condition.values[0]);
		case 'is_less_than':
			return present && toNumber(actual) < toNumber(condition.values[0]);
		case 'days_before':
			return present && toNumber(actual) < nowSeconds - Number(condition.values[0] ?? 0) * 86400;
		default:
			return false;
	}
}

/** Filters `records` with Chatwoot's condition list. */
export function applyFilter<T>(records: T[], conditions: FilterCondition[], getter: AttributeGetter<T>, nowSeconds: number): T[] {
	// Validate every attribute up front (the server rejects the whole query).
	if (records.length > 0) {
		for (const c of conditions) {
			if (!getter(records[0], c.attribute_key).known) throw couldNotCreate(`Invalid attribute key - ${c.attribute_key}`);
		}
	}
	return records.filter((record) => {
		let anyGroup = false;
		let group = true;
		conditions.forEach((condition, i) => {
			const { value } = getter(record, condition.attribute_key);
			group = group && evaluate(value, condition, nowSeconds);
			const joiner = (condition.query_operator ?? 'and').toLowerCase();
			const last = i === conditions.length - 1;
			if (last || joiner === 'or') {
				anyGroup = anyGroup || group;
				group = true;
			}
		});
		return anyGroup;
	});
}
