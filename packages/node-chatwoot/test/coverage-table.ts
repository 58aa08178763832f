/**
 * The README's coverage table: census endpoints (test/census.json) covered by at least one
 * operation, by family, with the Enterprise-only ones, and the operations per node. Generated from
 * the requests the operations send (drive-operations.ts); the route-coverage test fails when the
 * README's copy is stale, and UPDATE_README=1 rewrites it.
 */
import * as fs from 'fs';
import { endpoints, endpointKey, FAMILIES, recognise } from './census';
import { actionNodes, type DrivenOperation } from './drive-operations';

const START = '<!-- coverage:start (generated from the route census and the requests the operations send; run test/route-coverage.test.ts with UPDATE_README=1) -->';
const END = '<!-- coverage:end -->';

export interface Coverage {
	families: Array<{ family: string; census: number; covered: number; ee: number; eeCovered: number }>;
	operations: Array<{ node: string; operations: number }>;
}

export function coverageOf(driven: DrivenOperation[]): Coverage {
	const covered = new Set(driven.flatMap((d) => d.requests.map((r) => recognise(r.method, r.path))).filter((e) => e !== undefined).map((e) => endpointKey(e!)));
	const families = FAMILIES.map((family) => {
		const mine = endpoints.filter((e) => e.family === family);
		const hit = mine.filter((e) => covered.has(endpointKey(e)));
		return { family, census: mine.length, covered: hit.length, ee: mine.filter((e) => e.ee).length, eeCovered: hit.filter((e) => e.ee).length };
	});
	const operations = Object.entries(actionNodes).map(([key, node]) => ({ node: node.description.displayName, operations: driven.filter((d) => d.node === key).length }));
	return { families, operations };
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`);

export function renderCoverageTable(c: Coverage): string {
	const rows = c.families.map((f) => `| ${f.family} | ${f.census} | ${f.covered} | ${percent(f.covered, f.census)} | ${f.eeCovered} of ${f.ee} |`);
	const census = c.families.reduce((n, f) => n + f.census, 0);
	const covered = c.families.reduce((n, f) => n + f.covered, 0);
	const ee = c.families.reduce((n, f) => n + f.ee, 0);
	const eeCovered = c.families.reduce((n, f) => n + f.eeCovered, 0);
	const total = c.operations.reduce((n, o) => n + o.operations, 0);
	return [
		START,
		'',
		"Endpoints of Chatwoot's token and public JSON API (the census of `config/routes.rb` at upstream a61a8bf, `test/census.json`) that at least one operation sends a request to:",
		'',
		'| Family | Census endpoints | Covered | Share | Enterprise-only covered |',
		'|---|---|---|---|---|',
		...rows,
		`| **Total** | **${census}** | **${covered}** | **${percent(covered, census)}** | **${eoc(eeCovered, ee)}** |`,
		'',
		'| Node | Operations |',
		'|---|---|',
		...c.operations.map((o) => `| ${o.node} | ${o.operations} |`),
		`| **Total** | **${total}** |`,
		'',
		END,
	].join('\n');
}

const eoc = (covered: number, all: number) => `${covered} of ${all}`;

/** Compares (or, with UPDATE_README=1, rewrites) the table between the coverage markers. */
export function checkCoverageTable(readmePath: string, coverage: Coverage): { expected: string; actual: string } {
	const expected = renderCoverageTable(coverage);
	const text = fs.readFileSync(readmePath, 'utf8');
	const start = text.indexOf(START.slice(0, START.indexOf(' (')));
	const end = text.indexOf(END);
	const actual = start >= 0 && end > start ? text.slice(start, end + END.length) : '';
	if (actual !== expected && process.env.UPDATE_README === '1') {
		const next = actual ? text.replace(actual, expected) : text.replace('\n## Operations\n', `\n## Coverage of Chatwoot's API\n\n${expected}\n\n## Operations\n`);
		fs.writeFileSync(readmePath, next);
		return { expected, actual: expected };
	}
	return { expected, actual };
}
