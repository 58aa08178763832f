/**
 * A deliberately small evaluator for n8n expressions (`={{ ... }}`), enough for credential
 * `authenticate` / `test` definitions and simple node parameters.
 *
 * - A value is an expression only if it is a string starting with `=`.
 * - `{{ code }}` blocks are evaluated as JavaScript with the given variables in scope
 *   (`$credentials`, `$json`, ...). Optional chaining, method calls, template literals etc. work.
 * - If the expression is exactly one `{{ }}` block, the raw value is returned (type preserved);
 *   otherwise blocks are stringified into the surrounding text (objects as JSON, null/undefined as '').
 *
 * Not supported: n8n's extension methods (`.isEmpty()`, `.toDateTime()`, ...), `$("Node")`,
 * Luxon globals. Those throw an ExpressionError naming the failing expression.
 */
import { ExpressionError } from 'n8n-workflow';

export type ExpressionVariables = Record<string, unknown>;

export function isExpression(value: unknown): value is string {
	return typeof value === 'string' && value.startsWith('=');
}

interface Segment {
	kind: 'text' | 'code';
	value: string;
}

/** Splits template text into literal text and `{{ code }}` blocks, respecting JS strings/braces inside blocks. */
function splitTemplate(template: string): Segment[] {
	const segments: Segment[] = [];
	let i = 0;
	let text = '';
	while (i < template.length) {
		if (template.startsWith('{{', i)) {
			const end = findBlockEnd(template, i + 2);
			if (end === -1) {
				// Unterminated block: n8n treats it as plain text.
				text += template.slice(i);
				break;
			}
			if (text) segments.push({ kind: 'text', value: text });
			text = '';
			segments.push({ kind: 'code', value: template.slice(i + 2, end) });
			i = end + 2;
			continue;
		}
		text += template[i];
		i++;
	}
	if (text) segments.push({ kind: 'text', value: text });
	return segments;
}

function findBlockEnd(source: string, start: number): number {
	let depth = 0;
	let quote: string | null = null;
	for (let i = start; i < source.length; i++) {
		const ch = source[i];
		if (quote) {
			if (ch === '\\') {
				i++;
			} else if (ch === quote) {
				quote = null;
			}
			continue;
		}
		if (ch === '"' || ch === "'" || ch === '`') {
			quote = ch;
		} else if (ch === '{') {
			depth++;
		} else if (ch === '}') {
			if (depth === 0 && source[i + 1] === '}') return i;
			depth = Math.max(0, depth - 1);
		}
	}
	return -1;
}

function evaluateCode(code: string, variables: ExpressionVariables, expression: string): unknown {
	const names = Object.keys(variables).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
	try {
		const fn = new Function(...names, `"use strict";\nreturn (${code}\n);`);
		return fn(...names.map((n) => variables[n]));
	} catch (error) {
		throw new ExpressionError(`Could not evaluate expression ${JSON.stringify(expression)}: ${(error as Error).message}`, {
			description: 'The @leadchat/testkit expression evaluator supports plain JavaScript only',
		});
	}
}

function stringifyPart(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'object') {
		try {
			return JSON.stringify(value);
		} catch {
			return String(value);
		}
	}
	return String(value);
}

/** Evaluates `value` if it is an expression; returns any other value unchanged. */
export function resolveExpression(value: unknown, variables: ExpressionVariables): unknown {
	if (!isExpression(value)) return value;
	const template = value.slice(1);
	const segments = splitTemplate(template);
	if (segments.length === 1 && segments[0].kind === 'code') {
		return evaluateCode(segments[0].value, variables, value);
	}
	// n8n also lets surrounding whitespace wrap a single block; keep the text then.
	return segments
		.map((segment) =>
			segment.kind === 'text' ? segment.value : stringifyPart(evaluateCode(segment.value, variables, value)),
		)
		.join('');
}

/** Resolves expressions anywhere inside arrays / plain objects (returns new containers). */
export function resolveExpressionsDeep<T>(value: T, variables: ExpressionVariables): T {
	if (isExpression(value)) return resolveExpression(value, variables) as T;
	if (Array.isArray(value)) return value.map((v) => resolveExpressionsDeep(v, variables)) as T;
	if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		const out: Record<string, unknown> = {};
		for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
			out[key] = resolveExpressionsDeep(inner, variables);
		}
		return out as T;
	}
	return value;
}
