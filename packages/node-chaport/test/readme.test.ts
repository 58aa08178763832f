/**
 * README.md's generated parts: the operations table (the test kit's generator, from every node of
 * the package as it stands) and the routes-and-evidence table (every operation of the action node,
 * its route and what is inferred). Run with UPDATE_README=1 to rewrite them.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { INodeType } from 'n8n-workflow';
import { checkReadme } from '@leadchat/testkit';
import { resources } from '../nodes/Chaport/actions';
import { Chaport } from '../nodes/Chaport/Chaport.node';
import { EVIDENCE } from './evidence';

const README = path.join(__dirname, '..', 'README.md');
const START = '<!-- evidence:start (generated from test/evidence.ts; run the readme test with UPDATE_README=1) -->';
const END = '<!-- evidence:end -->';

/** Every node of the package: the action node first, then the triggers found in nodes/. */
function nodeTypes(): INodeType[] {
	const dir = path.join(__dirname, '..', 'nodes');
	const others = fs
		.readdirSync(dir)
		.filter((name) => name !== 'Chaport' && fs.existsSync(path.join(dir, name, `${name}.node.ts`)))
		.sort()
		.map((name) => {
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const module = require(path.join(dir, name, `${name}.node.ts`)) as Record<string, new () => INodeType>;
			return new module[name]();
		});
	return [new Chaport(), ...others];
}

function evidenceTable(): string {
	const rows: string[] = [];
	for (const r of resources) {
		for (const op of [...r.operations].sort((a, b) => a.name.localeCompare(b.name))) {
			const e = EVIDENCE[`${r.value}.${op.operation}`];
			rows.push(`| ${r.name} → ${op.name} | ${e.route.replace(/\|/g, '\\|')} | ${e.source} | ${e.inferred.replace(/\|/g, '\\|') || '—'} |`);
		}
	}
	return [START, '', '| Operation | Route | Source | Inferred [I] |', '| --- | --- | --- | --- |', ...rows, '', END].join('\n');
}

it('every operation of the action node has one evidence entry, and no entry is left over', () => {
	const operations = resources.flatMap((r) => r.operations.map((op) => `${r.value}.${op.operation}`)).sort();
	expect(Object.keys(EVIDENCE).sort()).toEqual(operations);
});

it('README.md lists every resource, operation and trigger of the nodes', () => {
	const result = checkReadme(README, nodeTypes().map((n) => n.description));
	expect(result.actual).toBe(result.expected);
	expect(result.upToDate).toBe(true);
});

it("README.md's routes-and-evidence table says which shapes are inferred", () => {
	const expected = evidenceTable();
	let text = fs.readFileSync(README, 'utf8');
	const start = text.indexOf(START);
	const end = text.indexOf(END);
	const actual = start >= 0 && end > start ? text.slice(start, end + END.length) : '';
	if (actual !== expected && process.env.UPDATE_README === '1') {
		text = actual ? text.replace(actual, expected) : `${text.replace(/\s*$/, '')}\n\n## Routes and evidence\n\n${expected}\n`;
		fs.writeFileSync(README, text);
		return;
	}
	expect(actual).toBe(expected);
});
