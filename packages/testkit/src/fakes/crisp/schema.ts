/**
 * A small shape checker for the route table: request bodies (JSON schemas in miniature), query
 * parameters and path segments. Each check returns readable problems (`body.content.url: expected
 * string`), which the fake records as violations and answers with 400 invalid_data.
 */

export type Schema =
	| { t: 'string' | 'number' | 'integer' | 'boolean' | 'any' | 'null' }
	| { t: 'enum'; values: readonly (string | number | boolean | null)[] }
	/** `props` known keys; `required`; `open` lets unknown keys through; `values` types a map's values. */
	| { t: 'object'; props: Record<string, Schema>; required?: readonly string[]; open?: boolean; values?: Schema }
	| { t: 'array'; items: Schema }
	| { t: 'oneOf'; options: Schema[] }
	/** An object whose `key` (a string) picks the schema. */
	| { t: 'tagged'; key: string; cases: Record<string, Schema> };

export const S = {
	str: { t: 'string' } as Schema,
	num: { t: 'number' } as Schema,
	int: { t: 'integer' } as Schema,
	bool: { t: 'boolean' } as Schema,
	any: { t: 'any' } as Schema,
	nul: { t: 'null' } as Schema,
	enum: (...values: (string | number | boolean | null)[]): Schema => ({ t: 'enum', values }),
	obj: (props: Record<string, Schema>, required: readonly string[] = [], open = false): Schema => ({ t: 'object', props, required, open }),
	/** An object of any keys whose values match `values`. */
	map: (values: Schema): Schema => ({ t: 'object', props: {}, open: true, values }),
	/** Any JSON object. */
	anyObj: { t: 'object', props: {}, open: true } as Schema,
	arr: (items: Schema): Schema => ({ t: 'array', items }),
	oneOf: (...options: Schema[]): Schema => ({ t: 'oneOf', options }),
	nullable: (schema: Schema): Schema => ({ t: 'oneOf', options: [schema, { t: 'null' }] }),
	tagged: (key: string, cases: Record<string, Schema>): Schema => ({ t: 'tagged', key, cases }),
};

function typeName(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

function describe(schema: Schema): string {
	switch (schema.t) {
		case 'enum':
			return `one of ${schema.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'oneOf':
			return schema.options.map(describe).join(' or ');
		case 'tagged':
			return 'object';
		default:
			return schema.t;
	}
}

/** Problems of `value` against `schema`; `path` names the value in messages. */
export function check(schema: Schema, value: unknown, path: string): string[] {
	switch (schema.t) {
		case 'any':
			return [];
		case 'null':
			return value === null ? [] : [`${path}: expected null, got ${typeName(value)}`];
		case 'string':
			return typeof value === 'string' ? [] : [`${path}: expected string, got ${typeName(value)}`];
		case 'number':
			return typeof value === 'number' && Number.isFinite(value) ? [] : [`${path}: expected number, got ${typeName(value)}`];
		case 'integer':
			return Number.isSafeInteger(value) ? [] : [`${path}: expected integer, got ${JSON.stringify(value)}`];
		case 'boolean':
			return typeof value === 'boolean' ? [] : [`${path}: expected boolean, got ${typeName(value)}`];
		case 'enum':
			return schema.values.includes(value as string) ? [] : [`${path}: expected ${describe(schema)}, got ${JSON.stringify(value)}`];
		case 'array': {
			if (!Array.isArray(value)) return [`${path}: expected array, got ${typeName(value)}`];
			return value.flatMap((item, i) => check(schema.items, item, `${path}[${i}]`));
		}
		case 'oneOf': {
			for (const option of schema.options) if (check(option, value, path).length === 0) return [];
			return [`${path}: expected ${describe(schema)}, got ${typeName(value)}`];
		}
		case 'tagged': {
			if (typeName(value) !== 'object') return [`${path}: expected object, got ${typeName(value)}`];
			const tag = (value as Record<string, unknown>)[schema.key];
			const chosen = typeof tag === 'string' ? schema.cases[tag] : undefined;
			if (!chosen) return [`${path}.${schema.key}: expected one of ${Object.keys(schema.cases).map((k) => JSON.stringify(k)).join(', ')}, got ${JSON.stringify(tag)}`];
			return check(chosen, value, path);
		}
		case 'object': {
			if (typeName(value) !== 'object') return [`${path}: expected object, got ${typeName(value)}`];
			const record = value as Record<string, unknown>;
			const problems: string[] = [];
			for (const key of schema.required ?? []) {
				if (record[key] === undefined) problems.push(`${path}.${key}: required`);
			}
			for (const [key, item] of Object.entries(record)) {
				const prop = schema.props[key];
				if (prop) problems.push(...check(prop, item, `${path}.${key}`));
				else if (schema.values) problems.push(...check(schema.values, item, `${path}.${key}`));
				else if (!schema.open) problems.push(`${path}.${key}: unknown field`);
			}
			return problems;
		}
	}
}

// ----------------------------------------------------------------------------------- query

/**
 * Kinds of query values: `str` any text; `int`/`pos` integers (pos ≥ 1); `flag` "0"|"1" [C-client
 * `0 | 1` flags]; `ms` a millisecond timestamp; `iso` an ISO 8601 date; `json` a JSON string (the
 * client `JSON.stringify`s object values); `num` a decimal number; a string array is an enum.
 */
export type QueryKind = 'str' | 'int' | 'pos' | 'flag' | 'ms' | 'iso' | 'json' | 'num' | readonly string[];

export function checkQueryValue(kind: QueryKind, value: string, name: string): string[] {
	const bad = (what: string) => [`query ${name}: expected ${what}, got ${JSON.stringify(value)}`];
	if (Array.isArray(kind)) return kind.includes(value) ? [] : bad(`one of ${kind.join(', ')}`);
	switch (kind) {
		case 'str':
			return [];
		case 'int':
			return /^-?\d+$/.test(value) ? [] : bad('an integer');
		case 'pos':
			return /^[1-9]\d*$/.test(value) ? [] : bad('a positive integer');
		case 'flag':
			return value === '0' || value === '1' ? [] : bad('0 or 1');
		case 'ms':
			return /^\d{1,16}$/.test(value) ? [] : bad('a timestamp in milliseconds');
		case 'num':
			return /^-?\d+(\.\d+)?$/.test(value) ? [] : bad('a number');
		case 'iso':
			return /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)) ? [] : bad('an ISO 8601 date');
		case 'json':
			try {
				JSON.parse(value);
				return [];
			} catch {
				return bad('JSON');
			}
		default:
			return [];
	}
}

// ------------------------------------------------------------------------------------ paths

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;

export const isUuid = (text: string): boolean => UUID.test(text);
export const isEmail = (text: string): boolean => EMAIL.test(text);

/**
 * Shape of each path parameter, by the name Appendix A gives it. Ids in Crisp's formats [C-doc
 * website UUIDs, `session_` + UUID; C-client user_id; I people_id UUID]; `peopleID` also accepts an
 * email address [3P: Crisp accepts the email in place of people_id]. Names not listed: any
 * non-empty segment.
 */
export const PATH_PARAMS: Record<string, { test: (v: string) => boolean; what: string }> = {
	websiteID: { test: isUuid, what: 'a website UUID' },
	sessionID: { test: (v) => v.startsWith('session_') && isUuid(v.slice(8)), what: '"session_" + a UUID' },
	pageNumber: { test: (v) => /^[1-9]\d{0,8}$/.test(v), what: 'a page number (1, 2, …)' },
	fingerprint: { test: (v) => /^-?\d{1,16}$/.test(v), what: 'an integer fingerprint' },
	peopleID: { test: (v) => isUuid(v) || isEmail(v), what: 'a people UUID (or an email address)' },
	userID: { test: isUuid, what: 'a user UUID' },
	pluginID: { test: isUuid, what: 'a plugin UUID' },
	inboxID: { test: isUuid, what: 'an inbox UUID' },
	teamID: { test: isUuid, what: 'a team UUID' },
	campaignID: { test: isUuid, what: 'a campaign UUID' },
	templateID: { test: isUuid, what: 'a template UUID' },
	contentType: { test: (v) => ['articles', 'guides', 'references', 'news'].includes(v), what: 'articles, guides, references or news [C-client HelpdeskContentType]' },
	locale: { test: (v) => /^[a-z]{2,3}(-[a-z0-9]{2,4})?$/i.test(v), what: 'a locale code' },
};

export function checkPathParam(name: string, value: string): string[] {
	if (value === '') return [`path ${name}: empty`];
	const shape = PATH_PARAMS[name];
	if (!shape || shape.test(value)) return [];
	return [`path ${name}: expected ${shape.what}, got ${JSON.stringify(value)}`];
}
