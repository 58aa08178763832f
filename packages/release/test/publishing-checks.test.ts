import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodePackageNames } from './helpers';

// n8n's publishing checks on every node package as it is packed (bin/check-packs.js): the
// community-package scanner's analyzer (tarball and source legs) and `n8n-node lint` in strict
// mode. Zero findings, except the documented ACCEPTED ones. Needs the node packages built (turbo
// runs this package's test after their build).

interface Finding {
	tool: string;
	leg: string;
	file: string;
	line: number;
	column: number;
	rule: string | null;
	severity: string;
	message: string;
	accepted?: boolean;
}
interface CheckReport {
	dir: string;
	pack: { name: string; files: string[] };
	scanned: { tarball: string[]; source: string[] };
	lintOutput: { source: string; tarball: string };
	findings: Finding[];
}
interface CheckPacks {
	ACCEPTED: Array<{ rule: string; file: string; message: RegExp; reason: string }>;
	STARTER_ESLINT_CONFIG: string;
	isAccepted(f: Finding): boolean;
	parseStylish(output: string, dir: string, leg: string): Finding[];
	nodeCliLint(dir: string, leg: string): { status: number | null; output: string; findings: Finding[] };
	TARBALL_PATTERNS: string[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const checks = require('../bin/check-packs.js') as CheckPacks;

const CHECK_PACKS = path.join(__dirname, '..', 'bin', 'check-packs.js');

/**
 * Calls one of bin/check-packs.js's async functions in a node child process (the scanner is an ES
 * module, which jest's module system does not import) and returns its result.
 */
function callChecks<T>(fn: string, ...args: unknown[]): T {
	const script = `require(${JSON.stringify(CHECK_PACKS)}).${fn}(...${JSON.stringify(args)}).then((r) => process.stdout.write(JSON.stringify(r)), (e) => { console.error(e); process.exit(1); })`;
	// Without jest's NODE_ENV=test: eslint-plugin-n8n-nodes-base then lints a fixed file name of its own tests.
	const env = { ...process.env };
	delete env.NODE_ENV;
	const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env, timeout: 280_000, maxBuffer: 64 * 1024 * 1024 });
	if (result.status !== 0) throw new Error(`${fn} failed (${result.status ?? result.signal}): ${result.stderr}`);
	return JSON.parse(result.stdout) as T;
}

const line = (f: Finding) => `${f.tool} (${f.leg}) ${f.file}:${f.line} ${f.message} [${f.rule}]`;

let work: string;
beforeAll(() => {
	work = fs.mkdtempSync(path.join(os.tmpdir(), 'publishing-checks-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('every node package passes n8n\'s scanner and strict n8n-node lint, packed', () => {
	for (const dir of nodePackageNames()) {
		it(`${dir}: no finding but the accepted ones`, () => {
			const report = callChecks<CheckReport>('checkPackage', dir, path.join(work, dir));
			// both scanner legs looked at what they should: the built files, and the sources
			expect(report.scanned.tarball).toEqual(expect.arrayContaining(['package.json', ...report.pack.files.filter((f) => f.endsWith('.js'))]));
			expect(report.scanned.tarball.filter((f) => !f.endsWith('.js'))).toEqual(['package.json']);
			expect(report.scanned.source).toContain('package.json');
			expect(report.scanned.source.filter((f) => f.endsWith('.node.ts')).length).toBeGreaterThan(1);
			expect(report.scanned.source.filter((f) => f.endsWith('.credentials.ts')).length).toBeGreaterThan(0);
			// n8n-node lint ran eslint on the sources in strict mode (no strict-mode complaint)
			expect(report.lintOutput.source).not.toContain('Strict mode violation');
			expect(report.lintOutput.tarball).not.toContain('Strict mode violation');

			expect(report.findings.filter((f) => !f.accepted).map(line)).toEqual([]);
			// the accepted finding is the one documented, on package.json, in each tool and leg
			expect(report.findings.filter((f) => f.accepted).map((f) => `${f.tool} (${f.leg}) ${f.file} [${f.rule}]`).sort()).toEqual([
				'n8n-node lint (source) package.json [@n8n/community-nodes/valid-author]',
				'n8n-node lint (tarball) package.json [@n8n/community-nodes/valid-author]',
				'scanner (source) package.json [@n8n/community-nodes/valid-author]',
				'scanner (tarball) package.json [@n8n/community-nodes/valid-author]',
			]);
		}, 300_000);
	}
});

describe('the checks find what they must', () => {
	it('the scanner\'s analyzer flags a setTimeout in a built file and an inline eslint-disable does not hide it', () => {
		const dir = path.join(work, 'bad-tarball');
		fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
		fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'n8n-nodes-bad', version: '1.0.0', author: { name: 'A', email: 'a@b.c' } }));
		fs.writeFileSync(path.join(dir, 'dist', 'index.js'), '// eslint-disable-next-line\nsetTimeout(() => {}, 1);\n');
		const { findings } = callChecks<{ findings: Finding[] }>('scanFolder', dir, checks.TARBALL_PATTERNS, 'tarball');
		expect(findings.map((f) => [f.file, f.line, f.rule])).toEqual(expect.arrayContaining([['dist/index.js', 2, '@n8n/community-nodes/no-restricted-globals']]));
	}, 60_000);

	it('n8n-node lint refuses a changed eslint.config.mjs in strict mode', () => {
		const dir = path.join(work, 'changed-config');
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'n8n-nodes-x', version: '1.0.0', n8n: { strict: true, nodes: [] } }));
		fs.writeFileSync(path.join(dir, 'eslint.config.mjs'), `${fs.readFileSync(checks.STARTER_ESLINT_CONFIG, 'utf8')}\nexport const rules = {};\n`);
		const result = checks.nodeCliLint(dir, 'source');
		expect(result.status).toBe(1);
		expect(result.output).toContain('Strict mode violation: eslint.config.mjs has been modified from the default configuration.');
		expect(result.findings).toHaveLength(1);
		expect(result.findings[0].message).toMatch(/^exited 1: /);
	}, 60_000);

	it('reads n8n-node lint\'s (stylish) output into findings', () => {
		const out = [
			'',
			'/tmp/x/nodes/A/A.node.ts',
			"  13:2  error  Replace with 'Get Many' [autofixable]  n8n-nodes-base/node-param-option-name-wrong-for-get-many",
			'',
			'/tmp/x/package.json',
			'  6:3  warning  The "author" field must include a non-empty email  @n8n/community-nodes/valid-author',
			'',
			'✖ 2 problems (1 error, 1 warning)',
		].join('\n');
		expect(checks.parseStylish(`\x1b[4m${out}\x1b[24m`, '/tmp/x', 'source')).toEqual([
			{ tool: 'n8n-node lint', leg: 'source', file: 'nodes/A/A.node.ts', line: 13, column: 2, rule: 'n8n-nodes-base/node-param-option-name-wrong-for-get-many', severity: 'error', message: "Replace with 'Get Many' [autofixable]" },
			{ tool: 'n8n-node lint', leg: 'source', file: 'package.json', line: 6, column: 3, rule: '@n8n/community-nodes/valid-author', severity: 'warning', message: 'The "author" field must include a non-empty email' },
		]);
	});

	it('accepts only the documented finding, each with its reason', () => {
		const f: Finding = { tool: 'scanner', leg: 'source', file: 'package.json', line: 6, column: 3, rule: '@n8n/community-nodes/valid-author', severity: 'error', message: 'The "author" field must include a non-empty email.' };
		expect(checks.isAccepted(f)).toBe(true);
		expect(checks.isAccepted({ ...f, message: 'The "author" field must include a non-empty name.' })).toBe(false);
		expect(checks.isAccepted({ ...f, file: 'nodes/package.json' })).toBe(false);
		expect(checks.isAccepted({ ...f, rule: '@n8n/community-nodes/require-homepage' })).toBe(false);
		for (const a of checks.ACCEPTED) expect(a.reason.length).toBeGreaterThan(40);
	});
});
