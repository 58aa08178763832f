import type { INodePropertyOptions } from 'n8n-workflow';
import type { ResourceSpec } from './operation';

/**
 * n8n's editor evaluates a node's `subtitle` with its expression engine (workflow.expression
 * .getSimpleParameterValue, mode "internal", no input data), so a subtitle can only read
 * `$parameter`. These builders put the display names into the expression itself as a literal
 * lookup table. n8n's expression splitter ends an expression at the first "}}" and starts one at
 * "{{", so no two braces may stand together in the code or in a name.
 */

const SEPARATOR = ' \\u00b7 ';

/** JSON for an expression: no "{{" or "}}" (JSON nests objects as "}}"), names without braces. */
function literal(value: unknown): string {
	const json = JSON.stringify(value);
	return json.replace(/([{}])(?=[{}])/g, '$1 ');
}

function checkName(name: string, where: string): string {
	if (/[{}]/.test(name)) throw new Error(`${where}: the name "${name}" holds a brace, which n8n's expression splitter would read as the end of the subtitle`);
	return name;
}

/**
 * The subtitle of an action node: "<Operation> · <Resource>" with the names the user reads in the
 * dropdowns (e.g. "Add Labels · Contact"), not their values. An operation or resource not in the
 * table (e.g. one set by an expression) shows its raw value.
 *
 * The table is `[{resource: [name, {operation: name}]}, {operation: name}]`: an operation's name
 * that most resources share is listed once for all (the second object), others per resource.
 */
export function operationSubtitle(resources: readonly ResourceSpec[]): string {
	const counts = new Map<string, Map<string, number>>();
	for (const r of resources) {
		for (const op of r.operations) {
			const byName = counts.get(op.operation) ?? new Map<string, number>();
			byName.set(op.name, (byName.get(op.name) ?? 0) + 1);
			counts.set(op.operation, byName);
		}
	}
	const shared: Record<string, string> = {};
	for (const [operation, byName] of counts) {
		const [name] = [...byName].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
		shared[operation] = checkName(name, `Operation ${operation}`);
	}
	const table: Record<string, [string] | [string, Record<string, string>]> = {};
	for (const r of resources) {
		const own: Record<string, string> = {};
		for (const op of r.operations) {
			if (shared[op.operation] !== op.name) own[op.operation] = checkName(op.name, `Operation ${r.value}.${op.operation}`);
		}
		const name = checkName(r.name, `Resource ${r.value}`);
		table[r.value] = Object.keys(own).length ? [name, own] : [name];
	}
	return (
		'={{ ((t, s, r, o) => { const e = t[r] || [r]; const n = (e[1] || {})[o] || s[o] || o; ' +
		`return n + "${SEPARATOR}" + e[0]; })(${literal(table)}, ${literal(shared)}, $parameter["resource"], $parameter["operation"]) }}`
	);
}

/**
 * The subtitle of a trigger: the names of the chosen options of one parameter (a single value or
 * a multi-options list), joined by ", "; a value not among the options shows as it is.
 */
export function optionsSubtitle(parameter: string, options: readonly INodePropertyOptions[]): string {
	const names: Record<string, string> = {};
	for (const o of options) names[String(o.value)] = checkName(o.name, `Option ${String(o.value)}`);
	const param = JSON.stringify(parameter);
	return (
		`={{ ((m, v) => [].concat(v === undefined || v === null ? [] : v).map((x) => m[x] || x).join(", "))` +
		`(${literal(names)}, $parameter[${param}]) }}`
	);
}
