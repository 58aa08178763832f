#!/usr/bin/env node
// Packs each node package the way it is published, from what is already built (it builds nothing:
// run `pnpm exec turbo run build --filter='./packages/node-*'` first). For each package it makes a
// staging copy holding only the built files (`files` of package.json, i.e. dist/), README.md,
// LICENSE and a package.json stripped to what a user's n8n needs:
//
//   - no devDependencies (n8n's community-package installer runs `npm install` in ~/.n8n/nodes;
//     a `workspace:` range there fails with EUNSUPPORTEDPROTOCOL), no `jest` field, no `scripts`
//     (nothing may run at install time; the prepublishOnly guard belongs to the source package);
//   - no `workspace:` range anywhere (checked after stripping);
//
// then runs `npm pack` on that copy into the output folder (default .tools/packs, ignored by git).
// It prints each tarball's packed and unpacked size against the package's budget and exits 1 when
// a package is over its budget, has no build, or its package.json still holds a workspace range.
// .tools/packs/packs.json lists the tarballs (package folder, name, version, file, SHA-1 and integrity,
// sizes, files).
//
//   node scripts/pack.js [--out <dir>] [node-chatwoot ...]   default: every packages/node-* folder
//
// Used by packages/release (its `test` packs and scans the tarballs) and by the end-to-end tests,
// which install the tarballs into real n8n.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const PACKAGES_DIR = path.join(ROOT, 'packages');
const DEFAULT_OUT = path.join(ROOT, '.tools', 'packs');

/**
 * Budget of each tarball in bytes (packed, as npm reports `size`), a little above what it measures
 * today, so that a package growing (a second bundled copy of something, source maps, a stray file)
 * fails the release checks. Raise one on purpose, in the commit that makes the package bigger.
 */
const PACKED_BUDGET = {
	// Measured with shared chunks (tsup splitting and treeshake: core once per package, not once per
	// node; core's own value checks, no zod) and without the comments of the built JavaScript
	// (packages/config/strip-comments.js). Issue 14's goals: 60 kB Chatwoot, 40 kB Cliengo. kB are
	// 1,000 bytes, as npm prints them.
	'node-chatwoot': 101_000, // 98.9 kB: five action nodes and a trigger, 306 operations (265 kB before the chunks)
	'node-cliengo': 40_000, // 39.7 kB (the goal is the budget)
	'node-crisp': 79_000, // 76.9 kB
	'node-chaport': 40_000, // 39.0 kB
};

/** Fields of package.json that never reach the published package. */
const STRIPPED_FIELDS = ['devDependencies', 'jest', 'scripts'];

/** Every packages/node-* folder name (the packages published to npm), sorted. */
function nodePackageDirs() {
	return fs
		.readdirSync(PACKAGES_DIR)
		.filter((name) => name.startsWith('node-') && fs.existsSync(path.join(PACKAGES_DIR, name, 'package.json')))
		.sort();
}

/** The package.json that is published: the source one without STRIPPED_FIELDS. */
function publishedManifest(pkg) {
	const out = {};
	for (const [key, value] of Object.entries(pkg)) {
		if (!STRIPPED_FIELDS.includes(key)) out[key] = value;
	}
	return out;
}

/** Every `workspace:` range left in a manifest, as "field.name: range". */
function workspaceRanges(manifest) {
	const found = [];
	const walk = (value, where) => {
		if (typeof value === 'string') {
			if (value.startsWith('workspace:')) found.push(`${where}: ${value}`);
		} else if (value && typeof value === 'object') {
			for (const [key, inner] of Object.entries(value)) walk(inner, where ? `${where}.${key}` : key);
		}
	};
	walk(manifest, '');
	return found;
}

function copyTree(from, to) {
	fs.cpSync(from, to, { recursive: true, dereference: true });
}

/** kB as npm prints them: 1,000 bytes. */
function formatKb(bytes) {
	return `${(bytes / 1000).toFixed(1)} kB`;
}

/**
 * Packs one node package (a packages/ folder name) into `outDir`. Returns what npm pack reports
 * (file name, sizes, files) with the package folder, the tarball's path and its budget.
 */
function packPackage(dir, outDir = DEFAULT_OUT) {
	const pkgDir = path.join(PACKAGES_DIR, dir);
	const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
	const files = pkg.files ?? [];
	if (files.length === 0) throw new Error(`${dir}: package.json has no "files" (the built files to publish)`);
	for (const entry of files) {
		if (!fs.existsSync(path.join(pkgDir, entry))) {
			throw new Error(`${dir}: ${entry} is missing: build the package first (pnpm exec turbo run build --filter=./packages/${dir})`);
		}
	}
	for (const required of ['README.md', 'LICENSE']) {
		if (!fs.existsSync(path.join(pkgDir, required))) {
			throw new Error(`${dir}: ${required} is missing${required === 'LICENSE' ? ' (the build copies it from the repository root)' : ''}`);
		}
	}
	const manifest = publishedManifest(pkg);
	const left = workspaceRanges(manifest);
	if (left.length) throw new Error(`${dir}: the published package.json would still hold workspace ranges: ${left.join(', ')}`);

	fs.mkdirSync(outDir, { recursive: true });
	const work = fs.mkdtempSync(path.join(os.tmpdir(), `pack-${dir}-`));
	try {
		const stage = path.join(work, 'package');
		fs.mkdirSync(stage);
		for (const entry of [...files, 'README.md', 'LICENSE']) copyTree(path.join(pkgDir, entry), path.join(stage, entry));
		fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

		const dest = path.join(work, 'out');
		fs.mkdirSync(dest);
		// No registry is needed to pack a folder; the dead registry makes sure none is asked.
		const result = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], {
			cwd: stage,
			encoding: 'utf8',
			env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false', npm_config_fund: 'false' },
		});
		if (result.status !== 0) throw new Error(`${dir}: npm pack failed (${result.status}): ${result.stderr || result.stdout}`);
		const [report] = JSON.parse(result.stdout);

		// Replace any earlier tarball of this package (another version) with the new one.
		const prefix = report.filename.replace(/-\d[^-]*\.tgz$/, '-');
		for (const old of fs.readdirSync(outDir)) {
			if (old.startsWith(prefix) && old.endsWith('.tgz') && /^\d/.test(old.slice(prefix.length))) fs.rmSync(path.join(outDir, old));
		}
		const tarball = path.join(outDir, report.filename);
		fs.copyFileSync(path.join(dest, report.filename), `${tarball}.tmp`);
		fs.renameSync(`${tarball}.tmp`, tarball);
		return {
			dir,
			name: report.name,
			version: report.version,
			tarball,
			size: report.size,
			// what npm publish of this tarball reports (scripts/publish-packs.js checks the file against it)
			shasum: report.shasum,
			integrity: report.integrity,
			unpackedSize: report.unpackedSize,
			budget: PACKED_BUDGET[dir],
			files: report.files.map((f) => f.path).sort(),
		};
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

/** Packs the given package folders (default: all). Returns one report per package, in order. */
function packAll(dirs = nodePackageDirs(), outDir = DEFAULT_OUT) {
	return dirs.map((dir) => packPackage(dir, outDir));
}

/** Problems of a pack report: over its budget, or no budget set. */
function budgetProblems(report) {
	if (report.budget === undefined) return [`${report.dir}: no size budget (add it to PACKED_BUDGET in scripts/pack.js)`];
	if (report.size > report.budget) {
		return [`${report.dir}: ${report.size} B packed is over its budget of ${report.budget} B (${formatKb(report.budget)})`];
	}
	return [];
}

function main(argv) {
	const args = [...argv];
	let outDir = DEFAULT_OUT;
	const outAt = args.indexOf('--out');
	if (outAt !== -1) {
		outDir = path.resolve(args[outAt + 1] ?? '');
		args.splice(outAt, 2);
	}
	const known = nodePackageDirs();
	const dirs = args.length ? args.map((a) => path.basename(a)) : known;
	for (const dir of dirs) {
		if (!known.includes(dir)) {
			console.error(`pack: ${dir} is not a node package (one of ${known.join(', ')})`);
			return 1;
		}
	}
	let reports;
	try {
		reports = packAll(dirs, outDir);
	} catch (error) {
		console.error(`pack: ${error.message}`);
		return 1;
	}
	const problems = [];
	for (const r of reports) {
		const budget = r.budget === undefined ? 'no budget' : `budget ${formatKb(r.budget)}`;
		const shown = path.relative(ROOT, r.tarball).startsWith('..') ? r.tarball : path.relative(ROOT, r.tarball);
		console.log(`pack: ${shown}  ${formatKb(r.size)} packed (${budget}), ${formatKb(r.unpackedSize)} unpacked, ${r.files.length} files`);
		problems.push(...budgetProblems(r));
	}
	fs.writeFileSync(path.join(outDir, 'packs.json'), `${JSON.stringify(reports, null, 2)}\n`);
	for (const p of problems) console.error(`pack: ${p}`);
	return problems.length ? 1 : 0;
}

module.exports = { PACKED_BUDGET, STRIPPED_FIELDS, nodePackageDirs, publishedManifest, workspaceRanges, packPackage, packAll, budgetProblems, DEFAULT_OUT };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
