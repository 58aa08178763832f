/**
 * The value checks behind the fields: a small schema builder that turns what n8n hands a node
 * (text from the editor, numbers, objects from expressions) into typed parameters, or into the
 * first problem found, worded for the person who typed it ("must be a whole number"), with the
 * path to it inside a collection or list.
 *
 * It does only what the fields need: text, numbers, booleans, lists, objects, records, fixed
 * values, preprocessing, transforms that can fail, refinements, optional values and defaults. The
 * first problem stops the check; it is the one the node reports.
 */

export interface Issue {
	message: string;
	/** Where inside the value: object keys and list indexes, outermost first. */
	path: Array<string | number>;
}

export type Parsed<T> = { success: true; data: T } | { success: false; error: { issues: Issue[] } };

type Path = Array<string | number>;
type Out<T> = { ok: true; value: T } | { ok: false; issue: Issue };

const ok = <T>(value: T): Out<T> => ({ ok: true, value });
const fail = (message: string, path: Path): Out<never> => ({ ok: false, issue: { message, path } });

/** What a transform returns to say the value is refused (after `ctx.fail(message)`). */
export const REFUSED: unique symbol = Symbol('refused');

export interface TransformContext {
	/** Refuses the value with this message; return what it returns. */
	fail(message: string): typeof REFUSED;
}

/** The name of a value's type, as the wrong-type message says it. */
export function typeName(value: unknown): string {
	if (value === undefined) return 'undefined';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
	if (value instanceof Date) return 'date';
	return typeof value;
}

export interface TypeMessages {
	/** When the value is missing (undefined). Default: "is required". */
	required?: string;
	/** When the value has another type. Default: "has the wrong type (expected …, received …)". */
	invalid?: string;
}

function typeCheck(expected: string, messages: TypeMessages, value: unknown, path: Path): Out<never> {
	if (value === undefined) return fail(messages.required ?? 'is required', path);
	return fail(messages.invalid ?? `has the wrong type (expected ${expected}, received ${typeName(value)})`, path);
}

export class Schema<T> {
	constructor(readonly run: (value: unknown, path: Path) => Out<T>) {}

	safeParse(value: unknown): Parsed<T> {
		const out = this.run(value, []);
		return out.ok ? { success: true, data: out.value } : { success: false, error: { issues: [out.issue] } };
	}

	/** Lets undefined through as undefined (without running this schema). */
	optional(): Schema<T | undefined> {
		return new Schema<T | undefined>((value, path) => (value === undefined ? ok(undefined) : this.run(value, path)));
	}

	/** Undefined becomes `value`. */
	default(value: Exclude<T, undefined>): Schema<Exclude<T, undefined>> {
		return new Schema((v, path) => this.run(v === undefined ? value : v, path) as Out<Exclude<T, undefined>>);
	}

	/** Refuses a value for which `test` is false. */
	refine(test: (value: T) => boolean, message: string | { message: string }): Schema<T> {
		const text = typeof message === 'string' ? message : message.message;
		return this.then((value, path) => (test(value) ? ok(value) : fail(text, path)));
	}

	/** Refuses a value for which `problem` returns a message. */
	check(problem: (value: T) => string | undefined): Schema<T> {
		return this.then((value, path) => {
			const message = problem(value);
			return message === undefined ? ok(value) : fail(message, path);
		});
	}

	/** Turns the value into another; `ctx.fail(message)` refuses it. */
	transform<U>(fn: (value: T, ctx: TransformContext) => U | typeof REFUSED): Schema<U> {
		return this.then((value, path) => {
			let message = 'is not valid';
			const result = fn(value, {
				fail(text) {
					message = text;
					return REFUSED;
				},
			});
			return result === REFUSED ? fail(message, path) : ok(result);
		});
	}

	/** Checks this schema's output with another. */
	pipe<U>(next: Schema<U>): Schema<U> {
		return this.then((value, path) => next.run(value, path));
	}

	protected then<U>(step: (value: T, path: Path) => Out<U>): Schema<U> {
		return new Schema((value, path) => {
			const out = this.run(value, path);
			return out.ok ? step(out.value, path) : out;
		});
	}
}

type StringStep = (value: string, path: Path) => Out<string>;

export class StringSchema extends Schema<string> {
	constructor(
		private readonly messages: TypeMessages = {},
		private readonly steps: StringStep[] = [],
	) {
		super((value, path) => {
			if (typeof value !== 'string') return typeCheck('string', messages, value, path);
			let out: Out<string> = ok(value);
			for (const step of steps) {
				if (!out.ok) break;
				out = step(out.value, path);
			}
			return out;
		});
	}

	private with(step: StringStep): StringSchema {
		return new StringSchema(this.messages, [...this.steps, step]);
	}

	trim(): StringSchema {
		return this.with((value) => ok(value.trim()));
	}

	min(length: number, message: string): StringSchema {
		return this.with((value, path) => (value.length >= length ? ok(value) : fail(message, path)));
	}

	regex(pattern: RegExp, message: string): StringSchema {
		return this.with((value, path) => (pattern.test(value) ? ok(value) : fail(message, path)));
	}
}

type NumberStep = (value: number) => boolean;

export class NumberSchema extends Schema<number> {
	constructor(
		private readonly messages: TypeMessages = {},
		private readonly steps: Array<[NumberStep, string]> = [],
	) {
		super((value, path) => {
			if (typeof value !== 'number' || Number.isNaN(value)) return typeCheck('number', messages, value, path);
			for (const [test, message] of steps) if (!test(value)) return fail(message, path);
			return ok(value);
		});
	}

	private with(test: NumberStep, message: string): NumberSchema {
		return new NumberSchema(this.messages, [...this.steps, [test, message]]);
	}

	finite(message: string): NumberSchema {
		return this.with(Number.isFinite, message);
	}

	int(message: string): NumberSchema {
		return this.with(Number.isInteger, message);
	}

	min(least: number, message: string): NumberSchema {
		return this.with((n) => n >= least, message);
	}

	max(most: number, message: string): NumberSchema {
		return this.with((n) => n <= most, message);
	}
}

export class ArraySchema<T> extends Schema<T[]> {
	constructor(
		private readonly item: Schema<T>,
		private readonly messages: TypeMessages = {},
		private readonly least?: [number, string],
	) {
		super((value, path) => {
			if (!Array.isArray(value)) return typeCheck('array', messages, value, path);
			const out: T[] = [];
			for (let i = 0; i < value.length; i++) {
				const one = item.run(value[i], [...path, i]);
				if (!one.ok) return one;
				out.push(one.value);
			}
			if (least && out.length < least[0]) return fail(least[1], path);
			return ok(out);
		});
	}

	min(length: number, message: string): ArraySchema<T> {
		return new ArraySchema(this.item, this.messages, [length, message]);
	}
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

type Shape = Record<string, Schema<unknown>>;
type ShapeValue<S extends Shape> = { [K in keyof S]: S[K] extends Schema<infer V> ? V : never };

export class ObjectSchema<S extends Shape> extends Schema<ShapeValue<S>> {
	constructor(
		private readonly shape: S,
		private readonly messages: TypeMessages = {},
		private readonly keepOthers = false,
	) {
		super((value, path) => {
			if (!isPlainObject(value)) return typeCheck('object', messages, value, path);
			const out: Record<string, unknown> = {};
			if (keepOthers) for (const [key, v] of Object.entries(value)) if (!(key in shape)) out[key] = v;
			for (const [key, schema] of Object.entries(shape)) {
				const one = schema.run(value[key], [...path, key]);
				if (!one.ok) return one;
				// A key the input did not have stays absent when its value is undefined.
				if (one.value !== undefined || Object.prototype.hasOwnProperty.call(value, key)) out[key] = one.value;
			}
			return ok(out as ShapeValue<S>);
		});
	}

	/** Keeps the keys the shape does not name (they are dropped otherwise). */
	passthrough(): ObjectSchema<S> {
		return new ObjectSchema(this.shape, this.messages, true);
	}
}

/** The schema builders. */
export const s = {
	unknown: (): Schema<unknown> => new Schema((value) => ok(value)),
	string: (messages?: TypeMessages) => new StringSchema(messages),
	number: (messages?: TypeMessages) => new NumberSchema(messages),
	boolean: (messages: TypeMessages = {}): Schema<boolean> =>
		new Schema((value, path) => (typeof value === 'boolean' ? ok(value) : typeCheck('boolean', messages, value, path))),
	array: <T>(item: Schema<T>, messages?: TypeMessages) => new ArraySchema(item, messages),
	object: <S extends Shape>(shape: S, messages?: TypeMessages) => new ObjectSchema(shape, messages),
	/** An object of any keys, each value checked by `value`. */
	record: <T>(value: Schema<T>, messages: TypeMessages = {}): Schema<Record<string, T>> =>
		new Schema((input, path) => {
			if (!isPlainObject(input)) return typeCheck('object', messages, input, path);
			const out: Record<string, T> = {};
			for (const [key, v] of Object.entries(input)) {
				const one = value.run(v, [...path, key]);
				if (!one.ok) return one;
				out[key] = one.value;
			}
			return ok(out);
		}),
	/** One of fixed text values; `message` is said of anything else, a missing value included. */
	enum: <V extends string>(values: readonly V[], message?: string): Schema<V> =>
		new Schema((value, path) =>
			typeof value === 'string' && (values as readonly string[]).includes(value)
				? ok(value as V)
				: fail(message ?? (value === undefined ? 'is required' : `must be one of: ${values.join(', ')}`), path),
		),
	/** Runs `fn` on the value before `schema` checks it. */
	preprocess: <T>(fn: (value: unknown) => unknown, schema: Schema<T>): Schema<T> => new Schema((value, path) => schema.run(fn(value), path)),
};
