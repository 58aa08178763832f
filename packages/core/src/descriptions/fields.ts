import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { s, type NumberSchema, type Schema, type StringSchema } from './check';
import { pathSegmentProblem } from '../http/path';

/**
 * One input of an operation: its n8n property (what the editor shows) and the schema that
 * validates the value before any request is sent. Operations are lists of fields.
 */
export interface Field<T = unknown, N extends string = string> {
	name: N;
	property: INodeProperties;
	schema: Schema<T>;
	/** Read with extractValue (resource locators). */
	extractValue?: boolean;
}

export interface FieldOptions {
	required?: boolean;
	description?: string;
	hint?: string;
	placeholder?: string;
	default?: unknown;
	/** Show the field only when other parameters have these values (merged with resource/operation). */
	show?: Record<string, Array<string | number | boolean>>;
	typeOptions?: INodeProperties['typeOptions'];
}

type Prop = Omit<INodeProperties, 'default'> & { default?: INodeProperties['default'] };

function property(name: string, displayName: string, type: INodeProperties['type'], opts: FieldOptions, extra: Partial<Prop> = {}): INodeProperties {
	const p: INodeProperties = {
		displayName,
		name,
		type,
		default: (opts.default ?? extra.default ?? '') as INodeProperties['default'],
		...extra,
	} as INodeProperties;
	if (opts.required) p.required = true;
	if (opts.description) p.description = opts.description;
	if (opts.hint) p.hint = opts.hint;
	if (opts.placeholder) p.placeholder = opts.placeholder;
	if (opts.typeOptions) p.typeOptions = { ...p.typeOptions, ...opts.typeOptions };
	if (opts.show) p.displayOptions = { show: opts.show };
	return p;
}

const emptyToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);

/** Plain decimal notation only: "12", "-3.5", ".5", "1e3". Not hex, octal, binary or "Infinity". */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Text that is a decimal number becomes that number; anything else is left for the schema to
 * refuse (Number() would read "0x10" as 16 and "1e999" as Infinity, which JSON sends as null).
 */
function numberish(v: unknown): unknown {
	if (typeof v === 'string' && v.trim() !== '') return DECIMAL.test(v.trim()) ? Number(v.trim()) : v;
	return emptyToUndefined(v);
}

/** A number schema that refuses NaN and ±Infinity with a readable message. */
function finiteNumber(): NumberSchema {
	return s
		.number({ required: 'is required', invalid: 'must be a number in decimal notation (e.g. 12 or 12.5)' })
		.finite('must be a finite number (not Infinity, and not so large that it overflows)');
}

const NON_FINITE_IN_JSON = 'contains a number that is not finite (Infinity, NaN or one too large, such as 1e999), which JSON would send as null';

/**
 * The key path ("user_ids[1]") of the first NaN or ±Infinity a value holds, which JSON.stringify
 * silently turns into null; undefined when there is none. Form data and binary buffers are skipped.
 */
export function nonFinitePath(value: unknown, path = '', depth = 0): string | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? undefined : path || 'value';
	if (depth > 50 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return undefined;
	if (typeof FormData !== 'undefined' && value instanceof FormData) return undefined;
	for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
		const found = nonFinitePath(child, Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key, depth + 1);
		if (found !== undefined) return found;
	}
	return undefined;
}

/** Whether a value (deeply) holds NaN or ±Infinity. */
export const hasNonFiniteNumber = (value: unknown): boolean => nonFinitePath(value) !== undefined;

/** An id that is one path segment: never "." or "..", never longer than the path limit. */
function refineSegment(text: StringSchema): Schema<string> {
	return text.check(pathSegmentProblem);
}

function optionalIf<T>(schema: Schema<T>, required: boolean | undefined): Schema<T | undefined> {
	return required ? schema : schema.optional();
}

const untypedField = {
	/** Free text. Required text must not be blank. */
	string(name: string, displayName: string, opts: FieldOptions & { rows?: number; password?: boolean } = {}): Field<string | undefined> {
		const typeOptions = { ...(opts.rows ? { rows: opts.rows } : {}), ...(opts.password ? { password: true } : {}) };
		return {
			name,
			property: property(name, displayName, 'string', { ...opts, typeOptions: Object.keys(typeOptions).length ? { ...typeOptions, ...opts.typeOptions } : opts.typeOptions }),
			schema: s.preprocess(
				(v) => (typeof v === 'number' ? String(v) : typeof v === 'string' ? (v.trim() === '' ? undefined : v) : emptyToUndefined(v)),
				optionalIf(s.string({ required: 'is required', invalid: 'must be text' }), opts.required),
			) as Schema<string | undefined>,
		};
	},

	/** An identifier: text or a whole number, never blank. numeric=true refuses anything but digits. */
	id(name: string, displayName: string, opts: FieldOptions & { numeric?: boolean } = {}): Field<string | undefined> {
		let text = s.string({ required: 'is required', invalid: 'must be an ID (text or number)' });
		if (opts.numeric) text = text.regex(/^\d+$/, 'must be a numeric ID (digits only)');
		return {
			name,
			property: property(name, displayName, 'string', { required: opts.required ?? true, ...opts }),
			schema: s.preprocess(
				(v) =>
					typeof v === 'number'
						? Number.isFinite(v)
							? String(v)
							: v
						: typeof v === 'string'
							? v.trim() === ''
								? undefined
								: v.trim()
							: emptyToUndefined(v),
				optionalIf(refineSegment(text), opts.required ?? true),
			) as Schema<string | undefined>,
		};
	},

	number(name: string, displayName: string, opts: FieldOptions & { min?: number; max?: number; integer?: boolean } = {}): Field<number | undefined> {
		let n = finiteNumber();
		if (opts.integer) n = n.int('must be a whole number');
		if (opts.min !== undefined) n = n.min(opts.min, `must be at least ${opts.min}`);
		if (opts.max !== undefined) n = n.max(opts.max, `must be at most ${opts.max}`);
		const typeOptions: Record<string, number> = {};
		if (opts.min !== undefined) typeOptions.minValue = opts.min;
		if (opts.max !== undefined) typeOptions.maxValue = opts.max;
		if (opts.integer) typeOptions.numberPrecision = 0;
		return {
			name,
			property: property(name, displayName, 'number', { ...opts, typeOptions: { ...typeOptions, ...opts.typeOptions } }, { default: (opts.default ?? (opts.required ? undefined : '')) as INodeProperties['default'] }),
			schema: s.preprocess(numberish, optionalIf(n, opts.required)) as Schema<number | undefined>,
		};
	},

	boolean(name: string, displayName: string, opts: FieldOptions = {}): Field<boolean | undefined> {
		return {
			name,
			property: property(name, displayName, 'boolean', { default: false, ...opts }),
			schema: s.preprocess(
				(v) => (v === 'true' ? true : v === 'false' ? false : emptyToUndefined(v)),
				s.boolean({ invalid: 'must be true or false' }).optional(),
			) as Schema<boolean | undefined>,
		};
	},

	/** A dropdown of fixed values; loadOptionsMethod fills it from the account instead. */
	options(
		name: string,
		displayName: string,
		values: INodePropertyOptions[],
		opts: FieldOptions & { loadOptionsMethod?: string; loadOptionsDependsOn?: string[] } = {},
	): Field<string | undefined> {
		const allowed = values.map((v) => String(v.value));
		const typeOptions = opts.loadOptionsMethod
			? { loadOptionsMethod: opts.loadOptionsMethod, ...(opts.loadOptionsDependsOn ? { loadOptionsDependsOn: opts.loadOptionsDependsOn } : {}) }
			: undefined;
		const base = s.string({ required: 'is required', invalid: 'must be one of the listed values' });
		const checked = opts.loadOptionsMethod
			? base
			: base.refine((v) => allowed.includes(v), { message: `must be one of: ${allowed.join(', ')}` });
		return {
			name,
			property: property(name, displayName, 'options', { default: values[0]?.value ?? '', ...opts, typeOptions: { ...typeOptions, ...opts.typeOptions } }, { options: values }),
			schema: s.preprocess(
				(v) => (typeof v === 'number' ? String(v) : emptyToUndefined(v)),
				optionalIf(checked, opts.required),
			) as Schema<string | undefined>,
		};
	},

	multiOptions(
		name: string,
		displayName: string,
		values: INodePropertyOptions[],
		opts: FieldOptions & { loadOptionsMethod?: string; loadOptionsDependsOn?: string[] } = {},
	): Field<string[] | undefined> {
		const allowed = values.map((v) => String(v.value));
		const typeOptions = opts.loadOptionsMethod
			? { loadOptionsMethod: opts.loadOptionsMethod, ...(opts.loadOptionsDependsOn ? { loadOptionsDependsOn: opts.loadOptionsDependsOn } : {}) }
			: undefined;
		let list = s.array(s.string(), { invalid: 'must be a list' });
		if (opts.required) list = list.min(1, 'needs at least one value');
		const arr = opts.loadOptionsMethod
			? list
			: list.refine((values) => values.every((v) => allowed.includes(v)), { message: `must contain only: ${allowed.join(', ')}` });
		return {
			name,
			property: property(name, displayName, 'multiOptions', { default: [], ...opts, typeOptions: { ...typeOptions, ...opts.typeOptions } }, { options: values }),
			schema: s.preprocess(
				(v) => (typeof v === 'string' ? (v.trim() === '' ? [] : v.split(',').map((s) => s.trim())) : Array.isArray(v) ? v.map(String) : emptyToUndefined(v)),
				optionalIf(arr, opts.required),
			) as Schema<string[] | undefined>,
		};
	},

	/** A list of strings typed as comma-separated text (labels, tags, ids). */
	stringList(name: string, displayName: string, opts: FieldOptions = {}): Field<string[] | undefined> {
		let arr = s.array(s.string());
		if (opts.required) arr = arr.min(1, 'needs at least one value');
		return {
			name,
			property: property(name, displayName, 'string', { placeholder: 'e.g. first, second', ...opts }),
			schema: s.preprocess(
				(v) =>
					Array.isArray(v)
						? v.map(String).map((s) => s.trim()).filter(Boolean)
						: typeof v === 'string'
							? v.split(',').map((s) => s.trim()).filter(Boolean)
							: typeof v === 'number'
								? [String(v)]
								: emptyToUndefined(v),
				optionalIf(arr, opts.required),
			) as Schema<string[] | undefined>,
		};
	},

	/** JSON typed in the editor (or an object from an expression), parsed and checked to be an object or array. */
	json(name: string, displayName: string, opts: FieldOptions & { array?: boolean } = {}): Field<unknown> {
		const shape: Schema<unknown> = opts.array ? s.array(s.unknown(), { invalid: 'must be a JSON array' }) : s.record(s.unknown(), { invalid: 'must be a JSON object' });
		return {
			name,
			property: property(name, displayName, 'json', { default: opts.array ? '[]' : '{}', ...opts }),
			schema: s
				.unknown()
				.transform((v, ctx) => {
					if (typeof v !== 'string') return v;
					if (v.trim() === '') return undefined;
					try {
						return JSON.parse(v);
					} catch {
						return ctx.fail('must be valid JSON');
					}
				})
				.pipe(optionalIf(shape, opts.required))
				.check((v) => (hasNonFiniteNumber(v) ? NON_FINITE_IN_JSON : undefined)) as Schema<unknown>,
		};
	},

	dateTime(name: string, displayName: string, opts: FieldOptions = {}): Field<string | undefined> {
		return {
			name,
			property: property(name, displayName, 'dateTime', opts),
			schema: s.preprocess(
				(v) => (v instanceof Date ? v.toISOString() : typeof v === 'object' && v && 'toISO' in v ? String((v as { toISO(): string }).toISO()) : emptyToUndefined(v)),
				optionalIf(
					s.string({ required: 'is required' }).refine((s) => !Number.isNaN(Date.parse(s)), { message: 'must be a date (e.g. 2026-01-31 or 2026-01-31T10:00:00Z)' }),
					opts.required,
				),
			) as Schema<string | undefined>,
		};
	},

	/** Optional fields grouped under "Add Field" (n8n's collection). */
	collection(name: string, displayName: string, fields: Field[], opts: FieldOptions & { placeholder?: string; requireOne?: boolean | string } = {}): Field<Record<string, unknown>> {
		const shape: Record<string, Schema<unknown>> = {};
		for (const f of fields) shape[f.name] = f.schema.optional();
		const children = fields.map((f) => {
			const p = { ...f.property };
			delete p.required;
			return p;
		});
		return {
			name,
			property: property(name, displayName, 'collection', { placeholder: opts.placeholder ?? 'Add Field', ...opts, default: {} }, { options: children.sort((a, b) => a.displayName.localeCompare(b.displayName)) }),
			schema: s.preprocess(
				(v) => (v === undefined || v === null || v === '' ? {} : v),
				opts.requireOne
					? s
							.object(shape)
							.passthrough()
							.refine((v) => Object.values(v).some((x) => x !== undefined && !(Array.isArray(x) && x.length === 0)), {
								message: typeof opts.requireOne === 'string' ? opts.requireOne : 'needs at least one field',
							})
					: s.object(shape).passthrough(),
			) as Schema<Record<string, unknown>>,
		};
	},

	/** Repeatable key/value pairs (custom attributes, extra parameters), returned as one object. */
	keyValue(name: string, displayName: string, opts: FieldOptions & { keyName?: string; valueName?: string } = {}): Field<Record<string, string>> {
		const keyLabel = opts.keyName ?? 'Key';
		const valueLabel = opts.valueName ?? 'Value';
		return {
			name,
			property: property(name, displayName, 'fixedCollection', { placeholder: `Add ${displayName}`, ...opts, default: {} }, {
				typeOptions: { multipleValues: true },
				options: [
					{
						name: 'pairs',
						displayName: 'Pair',
						values: [
							{ displayName: keyLabel, name: 'key', type: 'string', default: '' },
							{ displayName: valueLabel, name: 'value', type: 'string', default: '' },
						],
					},
				],
			}),
			schema: s.preprocess(
				(v) => (v === undefined || v === null || v === '' ? {} : v),
				s
					.object({ pairs: s.array(s.object({ key: s.string(), value: s.unknown() })).optional() })
					.passthrough()
					.transform((v, ctx) => {
						const out: Record<string, string> = {};
						for (const pair of v.pairs ?? []) {
							if (pair.key.trim() === '') {
								return ctx.fail(`has a pair with an empty ${keyLabel.toLowerCase()}`);
							}
							if (hasNonFiniteNumber(pair.value)) {
								return ctx.fail(`has a value for "${pair.key.trim()}" that is not a finite number`);
							}
							out[pair.key.trim()] = pair.value as string;
						}
						return out;
					}),
			) as Schema<Record<string, string>>,
		};
	},

	/** An id chosen from a searchable list (listSearch) or typed by hand. */
	resourceLocator(
		name: string,
		displayName: string,
		opts: FieldOptions & { searchListMethod?: string; numeric?: boolean; idPlaceholder?: string; searchable?: boolean } = {},
	): Field<string | undefined> {
		const modes: NonNullable<INodeProperties['modes']> = [];
		if (opts.searchListMethod) {
			modes.push({ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: opts.searchListMethod, searchable: opts.searchable ?? true } });
		}
		modes.push({
			displayName: 'ID',
			name: 'id',
			type: 'string',
			placeholder: opts.idPlaceholder ?? (opts.numeric ? 'e.g. 42' : 'e.g. 5e2f17ece4b02e8af10aff51'),
			...(opts.numeric ? { validation: [{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'Use a numeric ID' } }] } : {}),
		});
		const idField = untypedField.id(name, displayName, { numeric: opts.numeric, required: opts.required ?? true });
		return {
			name,
			extractValue: true,
			property: property(name, displayName, 'resourceLocator', { required: opts.required ?? true, ...opts, default: { mode: opts.searchListMethod ? 'list' : 'id', value: '' } }, { modes }),
			schema: idField.schema,
		};
	},

	returnAll(): Field<boolean> {
		return {
			name: 'returnAll',
			property: { displayName: 'Return All', name: 'returnAll', type: 'boolean', default: false, description: 'Whether to return all results or only up to a given limit' },
			schema: s.preprocess((v) => (v === undefined || v === '' ? false : v), s.boolean({ invalid: 'must be true or false' })) as Schema<boolean>,
		};
	},

	limit(max = 1000, defaultValue = 50): Field<number | undefined> {
		return {
			name: 'limit',
			property: {
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				default: defaultValue,
				typeOptions: { minValue: 1, maxValue: max },
				description: 'Max number of results to return',
				displayOptions: { show: { returnAll: [false] } },
			},
			schema: s.preprocess(numberish, finiteNumber().int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`).optional()) as Schema<number | undefined>,
		};
	},
	email: emailField,
	url: urlField,
	unixTime: unixTimeField,
	day: dayField,
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether a text (trimmed) is an email address: the one check behind `field.email`, for lists of addresses and bodies built by hand. */
export function isEmail(text: string): boolean {
	return EMAIL.test(text.trim());
}

function emailField(name: string, displayName: string, opts: FieldOptions = {}): Field<string | undefined> {
	const text = untypedField.string(name, displayName, { placeholder: 'name@email.com', ...opts });
	return {
		...text,
		schema: text.schema.refine((v) => v === undefined || isEmail(v), { message: 'must be an email address (e.g. jane@example.com)' }),
	};
}

function urlField(name: string, displayName: string, opts: FieldOptions = {}): Field<string | undefined> {
	const text = untypedField.string(name, displayName, { placeholder: 'https://example.com', ...opts });
	return { ...text, schema: text.schema.refine((v) => v === undefined || isHttpUrl(v), { message: 'must be an http(s) URL' }) };
}

/** Whether text is an absolute http(s) URL with a host and no spaces. */
export function isHttpUrl(text: string): boolean {
	if (!/^https?:\/\/\S+$/i.test(text.trim())) return false;
	try {
		return new URL(text.trim()).hostname !== '';
	} catch {
		return false;
	}
}

/** Reads a date-time given as text, a Date, a Luxon DateTime or Unix seconds; undefined when blank. */
function epochMs(v: unknown): number | undefined | 'invalid' {
	if (v === undefined || v === null || v === '') return undefined;
	if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'invalid' : v.getTime();
	if (typeof v === 'object' && 'toMillis' in v) return (v as { toMillis(): number }).toMillis();
	if (typeof v === 'number') return Number.isFinite(v) ? v * 1000 : 'invalid';
	const text = String(v).trim();
	if (text === '') return undefined;
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	const ms = Date.parse(text);
	return Number.isNaN(ms) ? 'invalid' : ms;
}

function unixTimeField(name: string, displayName: string, opts: FieldOptions = {}): Field<string | undefined> {
	return {
		name,
		property: property(name, displayName, 'dateTime', opts),
		schema: s
			.unknown()
			.transform((v, ctx) => {
				const ms = epochMs(v);
				if (ms === 'invalid') {
					return ctx.fail('must be a date (e.g. 2026-01-31 or 2026-01-31T10:00:00Z) or Unix seconds');
				}
				return ms === undefined ? undefined : String(Math.floor(ms / 1000));
			})
			.pipe(optionalIf(s.string({ required: 'is required' }), opts.required)) as Schema<string | undefined>,
	};
}

/** Whether `YYYY-MM-DD` names a day of the calendar (Date.parse would read 2026-02-30 as March 2). */
function isCalendarDay(day: string): boolean {
	const ms = Date.parse(`${day}T00:00:00Z`);
	return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === day;
}

function dayField(name: string, displayName: string, opts: FieldOptions = {}): Field<string | undefined> {
	return {
		name,
		property: property(name, displayName, 'dateTime', opts),
		schema: s
			.unknown()
			.transform((v, ctx) => {
				if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return undefined;
				const text =
					typeof v === 'object' && v !== null && 'toISODate' in v
						? String((v as { toISODate(): string }).toISODate())
						: v instanceof Date
							? v.toISOString()
							: String(v).trim();
				const day = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text)?.[1];
				// A day that does not exist (2026-02-30) is refused, not rolled over to another one.
				if (!day || !isCalendarDay(day)) {
					return ctx.fail('must be a date such as 2026-01-31');
				}
				return day;
			})
			.pipe(optionalIf(s.string({ required: 'is required' }), opts.required)) as Schema<string | undefined>,
	};
}

/**
 * Drops the keys the user left empty, so a body carries only what was set. `'undefined'` (the
 * default) drops only undefined values, so an empty text can still clear a value on the server;
 * `'empty'` also drops null, '' and empty objects.
 */
export function compact<T extends Record<string, unknown>>(values: T, drop: 'undefined' | 'empty' = 'undefined'): Partial<T> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(values)) {
		if (value === undefined) continue;
		if (drop === 'empty') {
			if (value === null || value === '') continue;
			if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0) continue;
		}
		out[key] = value;
	}
	return out as Partial<T>;
}

/** Whether a value is a JSON object (not null, not an array): how a response body is narrowed before it is read. */
export function isDataObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The name a dropdown gives a value ("one-shot" → "One-Shot"), for labels a person reads (list
 * searches naming a record's status or type); the value itself, as text, when the options have none.
 */
export function optionName(options: ReadonlyArray<{ name: string; value: unknown }>, value: unknown): string {
	const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
	return options.find((o) => String(o.value) === text)?.name ?? text;
}

/** The value type of a field. */
export type FieldValue<F> = F extends Field<infer T, string> ? T : never;

/** The parameters an operation's fields give: `{ [field name]: value type }`. */
export type ParamsOf<F extends readonly Field<unknown, string>[]> = { [K in F[number] as K['name']]: FieldValue<K> };

/** The value of a collection: each child optional, by its name. */
export type CollectionValue<C extends readonly Field<unknown, string>[]> = { [K in C[number] as K['name']]?: Exclude<FieldValue<K>, undefined> };

/** The options of a builder called without any. */
type NoOptions = Record<never, never>;
type Required<O, Yes, No> = O extends { required: true } ? Yes : No;
type RequiredUnlessFalse<O, Yes, No> = O extends { required: false } ? No : Yes;
type StringOptions = FieldOptions & { rows?: number; password?: boolean };
type IdOptions = FieldOptions & { numeric?: boolean };
type NumberOptions = FieldOptions & { min?: number; max?: number; integer?: boolean };
type OptionsOptions = FieldOptions & { loadOptionsMethod?: string; loadOptionsDependsOn?: string[] };
type LocatorOptions = FieldOptions & { searchListMethod?: string; numeric?: boolean; idPlaceholder?: string; searchable?: boolean };
/** What a JSON field's schema lets through: an array with `array: true`, else an object. */
type JsonValue<O> = O extends { array: true } ? unknown[] : Record<string, unknown>;

/**
 * The field builders. Each returns the editor property and the validating schema together, typed by
 * the field's name and value, so an operation's parameters are inferred from its fields.
 */
interface FieldBuilders {
	/** Free text. Required text must not be blank. */
	string<N extends string, const O extends StringOptions = NoOptions>(name: N, displayName: string, opts?: O): Field<Required<O, string, string | undefined>, N>;
	/** An identifier: text or a whole number, never blank, never "." or "..". Required unless `required: false`. */
	id<N extends string, const O extends IdOptions = NoOptions>(name: N, displayName: string, opts?: O): Field<RequiredUnlessFalse<O, string, string | undefined>, N>;
	/** A finite number in decimal notation. */
	number<N extends string, const O extends NumberOptions = NoOptions>(name: N, displayName: string, opts?: O): Field<Required<O, number, number | undefined>, N>;
	boolean<N extends string>(name: N, displayName: string, opts?: FieldOptions): Field<boolean | undefined, N>;
	/** A dropdown of fixed values; loadOptionsMethod fills it from the account instead. */
	options<N extends string, const O extends OptionsOptions = NoOptions>(name: N, displayName: string, values: INodePropertyOptions[], opts?: O): Field<Required<O, string, string | undefined>, N>;
	multiOptions<N extends string, const O extends OptionsOptions = NoOptions>(name: N, displayName: string, values: INodePropertyOptions[], opts?: O): Field<Required<O, string[], string[] | undefined>, N>;
	/** A list of strings typed as comma-separated text (labels, tags, ids). */
	stringList<N extends string, const O extends FieldOptions = NoOptions>(name: N, displayName: string, opts?: O): Field<Required<O, string[], string[] | undefined>, N>;
	/** JSON typed in the editor (or an object from an expression), parsed and checked to be an object (or, with `array: true`, an array). */
	json<N extends string, const O extends FieldOptions & { array?: boolean } = NoOptions>(name: N, displayName: string, opts?: O): Field<Required<O, JsonValue<O>, JsonValue<O> | undefined>, N>;
	dateTime<N extends string, const O extends FieldOptions = NoOptions>(name: N, displayName: string, opts?: O): Field<Required<O, string, string | undefined>, N>;
	/** Optional fields grouped under "Add Field" (n8n's collection). `requireOne`: refuse an empty collection (e.g. Update Fields), with this problem text or a default. */
	collection<N extends string, const C extends readonly Field<unknown, string>[]>(name: N, displayName: string, fields: C, opts?: FieldOptions & { placeholder?: string; requireOne?: boolean | string }): Field<CollectionValue<C>, N>;
	/** Repeatable key/value pairs (custom attributes, extra parameters), returned as one object. */
	keyValue<N extends string>(name: N, displayName: string, opts?: FieldOptions & { keyName?: string; valueName?: string }): Field<Record<string, string>, N>;
	/** An id chosen from a searchable list (listSearch) or typed by hand. Required unless `required: false`. */
	resourceLocator<N extends string, const O extends LocatorOptions = NoOptions>(name: N, displayName: string, opts?: O): Field<RequiredUnlessFalse<O, string, string | undefined>, N>;
	/** An email address, checked before any request. */
	email<N extends string, const O extends FieldOptions = NoOptions>(name: N, displayName: string, opts?: O): Field<Required<O, string, string | undefined>, N>;
	/** An http(s) URL, checked before any request. */
	url<N extends string, const O extends FieldOptions = NoOptions>(name: N, displayName: string, opts?: O): Field<Required<O, string, string | undefined>, N>;
	/** A date and time (or Unix seconds) sent as Unix seconds, as text: "1767225600". */
	unixTime<N extends string, const O extends FieldOptions = NoOptions>(name: N, displayName: string, opts?: O): Field<Required<O, string, string | undefined>, N>;
	/** A calendar day sent as `YYYY-MM-DD` (a date-time gives its date part). */
	day<N extends string, const O extends FieldOptions = NoOptions>(name: N, displayName: string, opts?: O): Field<Required<O, string, string | undefined>, N>;
	returnAll(): Field<boolean, 'returnAll'>;
	limit(max?: number, defaultValue?: number): Field<number | undefined, 'limit'>;
}

/** The field builders: `untypedField` itself, given the typed signatures (no wrapper between a node and the builder it calls). */
export const field = untypedField as unknown as FieldBuilders;

/**
 * For a field helper with a default name (`contactField()`): keeps the helper's name and value types
 * from being inferred from the place it is used (inside `fields: [...]` TypeScript would otherwise
 * widen the name to `string`, and the operation's parameters would lose their names).
 */
export const named = <T, N extends string>(f: Field<T, N>): Field<NoInfer<T>, NoInfer<N>> => f;

/** "Return All" + "Limit" as a pair, for every list operation. */
export function returnAllOrLimit(max = 1000, defaultValue = 50): readonly [Field<boolean, 'returnAll'>, Field<number | undefined, 'limit'>] {
	return [field.returnAll(), field.limit(max, defaultValue)];
}

/** Deep-merges a displayOptions.show block into each property, so an operation never repeats it. */
export function updateDisplayOptions(show: Record<string, Array<string | number | boolean>>, properties: INodeProperties[]): INodeProperties[] {
	return properties.map((p) => ({
		...p,
		displayOptions: {
			...p.displayOptions,
			show: { ...(p.displayOptions?.show ?? {}), ...show },
		},
	}));
}

