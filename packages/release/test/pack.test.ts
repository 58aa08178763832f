import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type * as PackModule from '../../../scripts/pack';
import type { PackReport } from '../../../scripts/pack';
import { nodePackageNames, readPackage, REPO_ROOT, run } from './helpers';

// scripts/pack.js: the node packages packed the way they are published (a staging copy with a
// stripped package.json, then `npm pack`). Needs the node packages built (turbo runs this
// package's test after their build).

const PACK_SCRIPT = path.join(REPO_ROOT, 'scripts', 'pack.js');
const pack = createRequire(__filename)(PACK_SCRIPT) as typeof PackModule;

function extract(tarball: string, into: string): string {
	fs.mkdirSync(into, { recursive: true });
	const result = run('tar', ['-xzf', tarball, '-C', into]);
	expect(result.stderr).toBe('');
	return path.join(into, 'package');
}

/** Every file under dir, as sorted paths relative to it. */
function listFiles(dir: string, base = dir): string[] {
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]))
		.sort();
}

describe('scripts/pack.js', () => {
	const names = nodePackageNames();
	let out: string;
	let reports: PackReport[];
	let printed: { status: number | null; stdout: string; stderr: string };

	beforeAll(() => {
		out = fs.mkdtempSync(path.join(os.tmpdir(), 'packs-'));
		printed = run('node', [PACK_SCRIPT, '--out', out]);
		reports = JSON.parse(fs.readFileSync(path.join(out, 'packs.json'), 'utf8')) as PackReport[];
	}, 120_000);
	afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

	it('packs every node package within its budget, printing each size against its budget', () => {
		expect(printed.stderr).toBe('');
		expect(printed.status).toBe(0);
		expect(reports.map((r) => r.dir)).toEqual(names);
		const lines = printed.stdout.trim().split('\n');
		expect(lines).toHaveLength(names.length);
		for (const [i, r] of reports.entries()) {
			expect(r.budget).toBe(pack.PACKED_BUDGET[r.dir]);
			expect(r.size).toBeLessThanOrEqual(r.budget!);
			expect(fs.statSync(r.tarball).size).toBe(r.size);
			expect(r.tarball).toBe(path.join(out, `leadchat-n8n-nodes-${r.dir.replace(/^node-/, '')}-${r.version}.tgz`));
			expect(lines[i]).toMatch(
				new RegExp(`^pack: .*${path.basename(r.tarball).replace(/\./g, '\\.')}  [\\d.]+ kB packed \\(budget ${(r.budget! / 1000).toFixed(1)} kB\\), [\\d.]+ kB unpacked, ${r.files.length} files$`),
			);
			console.log(`${r.dir}: ${(r.size / 1000).toFixed(1)} kB packed, budget ${(r.budget! / 1000).toFixed(1)} kB`);
		}
	});

	it('a tarball holds only dist/, README.md, LICENSE and package.json, and dist/ is the package\'s build byte for byte', () => {
		for (const r of reports) {
			const unpacked = extract(r.tarball, path.join(out, `x-${r.dir}`));
			const files = listFiles(unpacked);
			expect(files).toEqual(r.files);
			expect(files.filter((f) => !f.startsWith('dist/'))).toEqual(['LICENSE', 'README.md', 'package.json']);
			const pkgDir = path.join(REPO_ROOT, 'packages', r.dir);
			expect(files.filter((f) => f.startsWith('dist/'))).toEqual(listFiles(path.join(pkgDir, 'dist')).map((f) => `dist/${f}`));
			for (const f of files.filter((name) => name !== 'package.json')) {
				expect({ f, same: fs.readFileSync(path.join(unpacked, f)).equals(fs.readFileSync(path.join(pkgDir, f))) }).toEqual({ f, same: true });
			}
			// every node and credential n8n loads is in it
			const manifest = readPackage(unpacked) as unknown as { n8n: { nodes: string[]; credentials: string[] } };
			for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) expect(files).toContain(file);
		}
	});

	it('the packed package.json is the source one without devDependencies, jest and scripts, and holds no workspace range', () => {
		for (const r of reports) {
			const unpacked = extract(r.tarball, path.join(out, `m-${r.dir}`));
			const text = fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8');
			const packed = JSON.parse(text) as Record<string, unknown>;
			const source = readPackage(path.join(REPO_ROOT, 'packages', r.dir)) as unknown as Record<string, unknown>;
			expect(source.devDependencies).toBeDefined();
			const expected = { ...source };
			delete expected.devDependencies;
			delete expected.jest;
			delete expected.scripts;
			expect(packed).toEqual(expected);
			expect(Object.keys(packed)).toEqual(Object.keys(expected));
			expect(text).not.toContain('workspace:');
			expect(packed.dependencies).toBeUndefined();
			expect(packed.peerDependencies).toEqual({ 'n8n-workflow': '*' });
			expect([r.name, r.version]).toEqual([source.name, source.version]);
		}
	});

	it('refuses a manifest that would still hold a workspace range, and names it', () => {
		const manifest = pack.publishedManifest({
			name: 'x',
			devDependencies: { '@leadchat/core': 'workspace:*' },
			peerDependencies: { 'n8n-workflow': 'workspace:^' },
			jest: {},
			scripts: { prepublishOnly: 'node guard.js' },
		});
		expect(manifest).toEqual({ name: 'x', peerDependencies: { 'n8n-workflow': 'workspace:^' } });
		expect(pack.workspaceRanges(manifest)).toEqual(['peerDependencies.n8n-workflow: workspace:^']);
		expect(pack.workspaceRanges(pack.publishedManifest({ name: 'x', devDependencies: { a: 'workspace:*' } }))).toEqual([]);
	});

	it('reports a package over its budget, and one without a budget', () => {
		const r = { dir: 'node-x', name: 'x', version: '1.0.0', tarball: 'x.tgz', size: 2049, unpackedSize: 9000, budget: 2048, files: [] };
		expect(pack.budgetProblems(r)).toEqual(['node-x: 2049 B packed is over its budget of 2048 B (2.0 kB)']);
		expect(pack.budgetProblems({ ...r, size: 2048 })).toEqual([]);
		expect(pack.budgetProblems({ ...r, budget: undefined })).toEqual(['node-x: no size budget (add it to PACKED_BUDGET in scripts/pack.js)']);
	});

	it('refuses a folder that is not a node package', () => {
		const result = run('node', [PACK_SCRIPT, '--out', path.join(out, 'none'), 'node-missing']);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(`pack: node-missing is not a node package (one of ${names.join(', ')})\n`);
	});
});
