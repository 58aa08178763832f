/**
 * Every request of every operation of the three action nodes goes to a route of Chatwoot's server
 * (the census of upstream a61a8bf's routes.rb, kept in the test kit), recognised the way Rails routes
 * it; an operation that reaches an Enterprise-only route says so in its description, and no other
 * does; the census endpoints covered, by family, are the README's coverage table.
 */
import * as path from 'path';
import { ENTERPRISE_NOTE } from '../nodes/Chatwoot/helpers/enterprise';
import { endpoints, recognise } from './census';
import { checkCoverageTable, coverageOf, LEFT_OUT } from './coverage-table';
import { driveAllOperations } from './drive-operations';

const driven = driveAllOperations();
const name = (d: { node: string; resource: string; operation: string }) => `${d.node}:${d.resource}:${d.operation}`;

describe('route coverage', () => {
	// An operation refused with the generic values: give it values in PARAMETERS (drive-operations.ts).
	it('every operation sent at least one request', () => {
		expect(driven().filter((d) => d.requests.length === 0).map((d) => `${name(d)} (${d.error ?? 'no error'})`)).toEqual([]);
	});

	it('every request of every operation matches a census route', () => {
		const unmatched = driven().flatMap((d) => d.requests.filter((r) => !recognise(r.method, r.path)).map((r) => `${name(d)} → ${r.method} ${r.path}`));
		expect(unmatched).toEqual([]);
	});

	it('an operation says "Needs Chatwoot Enterprise or Cloud" exactly when one of its requests reaches an Enterprise-only route', () => {
		const enterprise = (d: ReturnType<typeof driven>[number]) => d.requests.some((r) => recognise(r.method, r.path)?.ee === true);
		const missing = driven().filter((d) => enterprise(d) && !d.description.includes(ENTERPRISE_NOTE)).map(name);
		const wrong = driven().filter((d) => !enterprise(d) && d.description.includes(ENTERPRISE_NOTE)).map(name);
		expect({ missing, wrong }).toEqual({ missing: [], wrong: [] });
		// The check has something to check: the Enterprise operations of the node before issue 16.
		expect(driven().filter(enterprise).map(name)).toEqual(expect.arrayContaining(['chatwoot:auditLog:getAll', 'chatwoot:conversation:getReportingEvents', 'chatwoot:reportingEvent:getAll']));
	});

	it('the coverage table of README.md is up to date (UPDATE_README=1 rewrites it)', () => {
		const readme = path.join(__dirname, '..', 'README.md');
		const result = checkCoverageTable(readme, coverageOf(driven()));
		expect(result.actual).toBe(result.expected);
	});

	it('every uncovered endpoint the census marks useful or "maybe" has a reason in LEFT_OUT, and every reason is for one', () => {
		const groups = new Set(coverageOf(driven()).leftOut.map((e) => e.why ?? ''));
		expect([...groups].filter((g) => !(g in LEFT_OUT))).toEqual([]);
		expect(Object.keys(LEFT_OUT).filter((g) => !groups.has(g))).toEqual([]);
		// Every endpoint the census marks useful ("yes") is covered.
		expect(coverageOf(driven()).leftOut.filter((e) => e.useful === 'yes').map((e) => e.path)).toEqual([]);
	});

	it('the coverage counts add up: every covered endpoint is a census endpoint, counted once', () => {
		const coverage = coverageOf(driven());
		const covered = coverage.families.reduce((n, f) => n + f.covered, 0);
		expect(coverage.families.reduce((n, f) => n + f.census, 0)).toBe(endpoints.length);
		expect(covered).toBe(new Set(driven().flatMap((d) => d.requests.map((r) => recognise(r.method, r.path)).filter((e) => e !== undefined))).size);
		expect(coverage.operations.reduce((n, o) => n + o.operations, 0)).toBe(driven().length);
	});
});
