import { field } from '@leadchat/core';
import { isDataObject } from './common';

/**
 * Attributes typed as key/value pairs and/or as one JSON object (for nested values and numbers).
 * Both may be used: the JSON object is the base, the pairs are laid over it.
 */
export const attributeFields = <N extends 'customAttributes' | 'additionalAttributes'>(name: N, displayName: string, description: string) => [
	field.keyValue(name, displayName, { description: `${description} Values typed here are sent as text.` }),
	field.json(`${name}Json`, `${displayName} (JSON)`, { description: `${description} As one JSON object; pairs given above override its keys.` }),
] as const;

/** Merges the JSON and the key/value form of an attribute set; undefined when neither was given. */
export function mergeAttributes(json: unknown, pairs: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
	const base = isDataObject(json) ? json : undefined;
	const hasPairs = pairs !== undefined && Object.keys(pairs).length > 0;
	if (!base && !hasPairs) return undefined;
	return { ...(base ?? {}), ...(hasPairs ? pairs : {}) };
}
