import type { IDataObject } from 'n8n-workflow';
import { field, isDataObject, named, type Field } from '@leadchat/core';

// Field and value helpers that no one domain owns: the resource locator factory, descriptions and
// requirements changed per use, ids and times read from the editor, and the server's plain answers.

/** Where the editor shows a field: `{ parameter: [values] }`. */
type Show = Record<string, Array<string | number | boolean>>;

interface LocatorSpec {
	searchListMethod: string;
	numeric?: boolean;
	idPlaceholder?: string;
	description?: string;
}

/**
 * A resource locator helper over one list search, with a default name and label: `macroField()`,
 * or `macroField('otherMacroId', 'Other Macro', false)` for another, optional one. Numeric ids
 * unless told otherwise; required unless `required` is false.
 */
export function locatorField<D extends string>(defaultName: D, defaultLabel: string, spec: LocatorSpec) {
	const fallback: string = defaultName;
	return <N extends string = D, R extends boolean = true>(name: N = fallback as N, displayName = defaultLabel, required: R = true as R) =>
		named(field.resourceLocator(name, displayName, { numeric: true, ...spec, required }));
}

/**
 * A moment sent as Unix seconds, as text (what Chatwoot's reports and reporting events read): core's
 * `field.unixTime`, described for the editor. Takes a date (2026-01-31, 2026-01-31T10:00:00Z, a Luxon
 * DateTime from an expression) or Unix seconds as is.
 */
export function unixTimeField<N extends string, const O extends { required?: boolean; description?: string; show?: Show } = Record<never, never>>(name: N, displayName: string, opts?: O) {
	const f = field.unixTime(name, displayName, opts);
	return opts?.description ? f : describedAs(f, 'A date and time, or Unix seconds');
}

/** Ids picked in a dropdown or typed in an expression, as numbers; fails naming the field when one is not a whole number. */
export function numericIds(values: Array<string | number> | undefined, displayName: string, fail: (field: string, problem: string) => never): number[] {
	const list = values ?? [];
	for (const v of list) if (!/^\d+$/.test(String(v).trim())) fail(displayName, `must contain only numeric IDs (got "${String(v)}")`);
	return list.map((v) => Number(String(v).trim()));
}

/** The same field with another description (e.g. a shared locator used for a specific role). */
export function describedAs<T, N extends string>(f: Field<T, N>, description: string): Field<T, N> {
	return { ...f, property: { ...f.property, description } };
}

/**
 * Shown as required, validated as optional: for a field that only shows for some values of
 * another one (a hidden field reads as empty), so the operation checks it itself. Without `show`,
 * the field keeps where it is shown.
 */
export function requiredWhenShown<T, N extends string>(f: Field<T, N>, show?: Show): Field<T | undefined, N> {
	return {
		...f,
		property: { ...f.property, required: true, ...(show ? { displayOptions: { show } } : {}) },
		schema: f.schema.optional(),
	};
}

/** Core's check that a value is a JSON object, re-exported for this package's modules. */
export { isDataObject };

/** The server's answer when it sends one, else `{ success: true, id }` (for actions the server may answer with an empty body). */
export const answerOrDone = (body: unknown, id: string): IDataObject => (isDataObject(body) && Object.keys(body).length ? body : { success: true, id: Number(id) });
