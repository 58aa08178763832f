import * as fs from 'fs';
import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';

const START = '<!-- operations:start (generated from the node descriptions; run the readme test with UPDATE_README=1) -->';
const END = '<!-- operations:end -->';

interface OptionLike {
	name: string;
	value: unknown;
	action?: string;
	description?: string;
}

function escape(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The resource/operation table of one action node, and the events of a trigger node. */
export function renderNodeSection(description: INodeTypeDescription): string {
	const lines: string[] = [];
	const resource = description.properties.find((p) => p.name === 'resource');
	if (resource) {
		const resources = (resource.options ?? []) as OptionLike[];
		const operations = description.properties.filter((p) => p.name === 'operation');
		let count = 0;
		const body: string[] = [];
		for (const r of resources) {
			const dropdown = operations.find((p: INodeProperties) => (p.displayOptions?.show?.resource as unknown[] | undefined)?.includes(r.value));
			const ops = ((dropdown?.options ?? []) as OptionLike[]).map((o) => o.name);
			count += ops.length;
			body.push(`| ${escape(r.name)} | ${ops.length} | ${escape(ops.join(', '))} |`);
		}
		lines.push(`### ${description.displayName} (action node)`, '', `${resources.length} resources, ${count} operations.`, '', '| Resource | # | Operations |', '| --- | --- | --- |', ...body);
	} else {
		lines.push(`### ${description.displayName} (trigger node)`, '', escape(description.description ?? ''));
		const events = description.properties.find((p) => p.name === 'events' || p.name === 'event');
		if (events?.options) {
			lines.push('', '| Event | Description |', '| --- | --- |');
			for (const o of events.options as OptionLike[]) lines.push(`| ${escape(o.name)} | ${escape(o.description ?? '')} |`);
		}
	}
	return lines.join('\n');
}

export function renderOperationsSection(descriptions: INodeTypeDescription[]): string {
	return [START, '', ...descriptions.map((d) => `${renderNodeSection(d)}\n`), END].join('\n');
}

/**
 * Compares the generated section of a README with the node descriptions. With UPDATE_README=1 it
 * rewrites the section (inserting it at the end when missing) and reports no difference.
 */
export function checkReadme(readmePath: string, descriptions: INodeTypeDescription[]): { upToDate: boolean; expected: string; actual: string } {
	const expected = renderOperationsSection(descriptions);
	const text = fs.existsSync(readmePath) ? fs.readFileSync(readmePath, 'utf8') : '';
	const start = text.indexOf(START);
	const end = text.indexOf(END);
	const actual = start >= 0 && end > start ? text.slice(start, end + END.length) : '';
	if (actual === expected) return { upToDate: true, expected, actual };
	if (process.env.UPDATE_README === '1') {
		const next = actual ? text.replace(actual, expected) : `${text.replace(/\s*$/, '')}\n\n## Operations\n\n${expected}\n`;
		fs.writeFileSync(readmePath, next);
		return { upToDate: true, expected, actual: expected };
	}
	return { upToDate: false, expected, actual };
}
