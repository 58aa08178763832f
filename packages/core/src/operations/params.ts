import type { IExecuteFunctions, INode } from 'n8n-workflow';
import type { Field } from '../descriptions/fields';
import { inputError } from '../http/errors';

/** Reads an operation's fields for one item; a field hidden by its displayOptions reads as undefined. */
export function readRaw(ctx: Pick<IExecuteFunctions, 'getNodeParameter'>, fields: readonly Field[], itemIndex: number): Record<string, unknown> {
	const raw: Record<string, unknown> = {};
	for (const f of fields) {
		try {
			raw[f.name] = ctx.getNodeParameter(f.name, itemIndex, undefined, f.extractValue ? { extractValue: true } : undefined);
		} catch {
			raw[f.name] = undefined;
		}
	}
	return raw;
}

export function displayNameAt(fields: readonly Field[], path: Array<string | number>): string {
	const top = fields.find((f) => f.name === path[0]);
	if (!top) return String(path[0] ?? 'input');
	if (path.length > 1 && top.property.type === 'collection') {
		const child = (top.property.options as Array<{ name: string; displayName: string }> | undefined)?.find((o) => o.name === path[1]);
		if (child) return `${top.property.displayName} → ${child.displayName}`;
	}
	return top.property.displayName;
}

/** Validates the raw values against each field's schema; the first problem becomes a NodeOperationError. */
export function validateParams<P>(node: INode, fields: readonly Field[], raw: Record<string, unknown>, itemIndex: number): P {
	const out: Record<string, unknown> = {};
	for (const f of fields) {
		const result = f.schema.safeParse(raw[f.name]);
		if (!result.success) {
			const name = displayNameAt(fields, [f.name, ...result.error.issues[0].path]);
			throw inputError(node, itemIndex, name, result.error.issues[0].message);
		}
		if (result.data !== undefined) out[f.name] = result.data;
	}
	return out as P;
}
