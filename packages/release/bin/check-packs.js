#!/usr/bin/env node
// n8n's publishing checks on the node packages as they are published: packs each one
// (scripts/pack.js), then runs on it
//
//   1. the analyzer of n8n's community-package scanner (@n8n/scan-community-package, its
//      `buildScanConfig()` with the options of its `analyzePackage`: inline `eslint-disable`
//      comments ignored), on both legs the scanner lints: the tarball (its `.js` files and the
//      published package.json) and the package's source folder (SOURCE_FILE_PATTERNS: package.json,
//      nodes/ and credentials/), which the scanner fetches from the commit in the npm provenance;
//   2. `n8n-node lint` of @n8n/node-cli in strict mode, on the package laid out as n8n's node starter
//      lays it out (package.json, nodes/, credentials/ and the starter's eslint.config.mjs, which
//      strict mode requires unchanged), and on the unpacked tarball with that eslint.config.mjs
//      (there it lints the published package.json; dist/ is ignored by n8n's config).
//
// Any finding fails, warnings included, except ACCEPTED below (each with its reason).
// Nothing reaches the network: the scanner's registry and GitHub downloads are not used (only its
// analyzer), and `n8n-node lint` runs eslint through `npm exec` with a registry on 127.0.0.1 that
// answers nothing.
//
//   node bin/check-packs.js [--out <dir>] [node-chatwoot ...]     default: every node package
//
// With --out the tarballs are packed into <dir> and kept, and <dir>/packs.json (as scripts/pack.js
// writes it) is written only when every package passed: scripts/release.sh checks into .tools/packs
// and scripts/publish-packs.js publishes exactly those tarballs.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const { packPackage, nodePackageDirs } = require(path.join(ROOT, 'scripts', 'pack.js'));

/** The folder of one of this package's dev dependencies (some export no package.json to resolve). */
function moduleDir(name) {
	return fs.realpathSync(path.join(__dirname, '..', 'node_modules', name));
}
const SCANNER_DIR = moduleDir('@n8n/scan-community-package');
const NODE_CLI_DIR = moduleDir('@n8n/node-cli');
const ESLINT_BIN = path.join(moduleDir('eslint'), 'bin', 'eslint.js');
/** The eslint.config.mjs of n8n's node starter; strict mode requires it unchanged. */
const STARTER_ESLINT_CONFIG = path.join(NODE_CLI_DIR, 'dist', 'template', 'templates', 'shared', 'default', 'eslint.config.mjs');
/** The files the scanner lints in the tarball (analyzePackageByName: `['**\/*.js', 'package.json']`). */
const TARBALL_PATTERNS = ['**/*.js', 'package.json'];

/**
 * Findings that are accepted, each with its reason. A finding is accepted when its rule, file
 * (relative to the linted folder) and message match.
 */
const ACCEPTED = [
	{
		rule: '@n8n/community-nodes/valid-author',
		file: 'package.json',
		message: /^The "author" field must include a non-empty email\.?$/,
		reason:
			'the rule requires an e-mail address in "author"; the project has none to publish (the author is "LeadChat contributors" with the GitHub organisation\'s URL, and issues go to the repository\'s tracker in "bugs"). An address must not be invented: add the real one to every node package\'s author when the project has one, and delete this exception.',
	},
];

function isAccepted(finding) {
	return ACCEPTED.some((a) => a.rule === finding.rule && a.file === finding.file && a.message.test(finding.message));
}

function stripAnsi(text) {
	return text.replace(/\x1b\[[0-9;]*m/g, '');
}

function extract(tarball, into) {
	fs.mkdirSync(into, { recursive: true });
	const result = spawnSync('tar', ['-xzf', tarball, '-C', into], { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`tar -xzf ${tarball} failed: ${result.stderr}`);
	return path.join(into, 'package');
}

let scanner;
async function loadScanner() {
	if (process.env.NODE_ENV === 'test') {
		throw new Error('NODE_ENV=test makes eslint-plugin-n8n-nodes-base lint a fixed file name of its own tests: run the scanner without it');
	}
	scanner ??= await import(path.join(SCANNER_DIR, 'scanner', 'scanner.mjs'));
	return scanner;
}

/**
 * The scanner's analyzer on one folder: its ESLint config and options (as `analyzePackage` sets
 * them), its file patterns; findings as { tool, leg, file, line, column, rule, severity, message }.
 */
async function scanFolder(dir, patterns, leg) {
	const { buildScanConfig } = await loadScanner();
	const scannerRequire = require('module').createRequire(path.join(SCANNER_DIR, 'scanner', 'scanner.mjs'));
	const { ESLint } = scannerRequire('eslint');
	const glob = scannerRequire('fast-glob');
	const eslint = new ESLint({ cwd: dir, allowInlineConfig: false, overrideConfigFile: true, overrideConfig: await buildScanConfig() });
	const files = glob.sync(patterns, { cwd: dir, absolute: true, ignore: ['node_modules/**', '**/package-lock.json'] });
	if (files.length === 0) throw new Error(`scanner (${leg}): no files to analyze in ${dir}`);
	const findings = [];
	for (const result of await eslint.lintFiles(files)) {
		for (const m of result.messages) {
			findings.push({
				tool: 'scanner',
				leg,
				file: path.relative(dir, result.filePath),
				line: m.line,
				column: m.column,
				rule: m.ruleId,
				severity: m.severity === 2 ? 'error' : 'warning',
				message: m.message,
			});
		}
	}
	return { files: files.map((f) => path.relative(dir, f)).sort(), findings };
}

/**
 * Links the modules `n8n-node lint` needs into `dir`/node_modules: @n8n/node-cli (for the
 * starter's eslint.config.mjs), eslint's bin (run by `npm exec -- eslint .`), and the package's
 * own dev and peer dependencies as its source folder resolves them (@leadchat/core, n8n-workflow).
 */
function linkModules(dir, pkgDir) {
	const modules = path.join(dir, 'node_modules');
	const link = (name, target) => {
		const at = path.join(modules, name);
		fs.mkdirSync(path.dirname(at), { recursive: true });
		fs.symlinkSync(target, at);
	};
	const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
	for (const name of Object.keys({ ...pkg.devDependencies, ...pkg.peerDependencies })) {
		const target = path.join(pkgDir, 'node_modules', name);
		if (fs.existsSync(target) && !fs.existsSync(path.join(modules, name))) link(name, fs.realpathSync(target));
	}
	if (!fs.existsSync(path.join(modules, '@n8n', 'node-cli'))) link(path.join('@n8n', 'node-cli'), NODE_CLI_DIR);
	link(path.join('.bin', 'eslint'), ESLINT_BIN);
}

/** Parses ESLint's stylish output (what `n8n-node lint` prints) into findings. */
function parseStylish(output, dir, leg) {
	const findings = [];
	let file = null;
	for (const line of stripAnsi(output).split('\n')) {
		if (line.startsWith('/')) {
			file = path.relative(dir, line.trim());
			continue;
		}
		const m = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.*?)(?:\s{2,}(\S+))?\s*$/.exec(line);
		if (m && file !== null) {
			findings.push({ tool: 'n8n-node lint', leg, file, line: Number(m[1]), column: Number(m[2]), rule: m[5] ?? null, severity: m[3], message: m[4] });
		}
	}
	return findings;
}

/** `n8n-node lint` (strict) in `dir`; its findings, and a finding for anything else that made it fail. */
function nodeCliLint(dir, leg) {
	const env = {};
	// NODE_ENV=test (as under jest) would make eslint-plugin-n8n-nodes-base lint a fixed file name of its own tests.
	for (const [key, value] of Object.entries(process.env)) if (!/^(npm_|NODE_ENV$)/i.test(key)) env[key] = value;
	Object.assign(env, {
		npm_config_user_agent: 'npm', // n8n-node runs `npm exec -- eslint .`, which finds node_modules/.bin/eslint
		npm_config_registry: 'http://127.0.0.1:9/',
		npm_config_update_notifier: 'false',
		npm_config_yes: 'false',
		CI: 'true',
	});
	const result = spawnSync(process.execPath, [path.join(NODE_CLI_DIR, 'bin', 'n8n-node.mjs'), 'lint'], { cwd: dir, env, encoding: 'utf8', timeout: 300_000 });
	const output = `${result.stdout}${result.stderr}`;
	const findings = parseStylish(output, dir, leg);
	if (result.status !== 0 && findings.length === 0) {
		findings.push({ tool: 'n8n-node lint', leg, file: '.', line: 0, column: 0, rule: null, severity: 'error', message: `exited ${result.status ?? result.signal}: ${stripAnsi(output).trim()}` });
	}
	return { status: result.status, output: stripAnsi(output), findings };
}

/** The package laid out as n8n's node starter lays it out (nodes/, credentials/, icons/), for `n8n-node lint`. */
function starterLayout(pkgDir, dir) {
	fs.mkdirSync(dir, { recursive: true });
	fs.copyFileSync(path.join(pkgDir, 'package.json'), path.join(dir, 'package.json'));
	for (const sub of ['nodes', 'credentials', 'icons']) fs.cpSync(path.join(pkgDir, sub), path.join(dir, sub), { recursive: true });
	fs.copyFileSync(STARTER_ESLINT_CONFIG, path.join(dir, 'eslint.config.mjs'));
	linkModules(dir, pkgDir);
	return dir;
}

/**
 * Packs one node package and runs every check on it. Returns the pack report and the findings
 * (accepted ones marked), with the files each leg looked at.
 */
async function checkPackage(dir, workDir, packDir = path.join(workDir, 'packs')) {
	const pkgDir = path.join(ROOT, 'packages', dir);
	const pack = packPackage(dir, packDir);
	const unpacked = extract(pack.tarball, path.join(workDir, 'unpacked', dir));

	const tarballScan = await scanFolder(unpacked, TARBALL_PATTERNS, 'tarball');
	const sourceScan = await scanFolder(pkgDir, (await loadScanner()).SOURCE_FILE_PATTERNS, 'source');

	const sourceLint = nodeCliLint(starterLayout(pkgDir, path.join(workDir, 'starter', dir)), 'source');
	// the unpacked tarball plus the starter's config (a copy: the tarball itself stays as packed)
	const tarballLintDir = path.join(workDir, 'tarball-lint', dir);
	fs.cpSync(unpacked, tarballLintDir, { recursive: true });
	fs.copyFileSync(STARTER_ESLINT_CONFIG, path.join(tarballLintDir, 'eslint.config.mjs'));
	linkModules(tarballLintDir, pkgDir);
	const tarballLint = nodeCliLint(tarballLintDir, 'tarball');

	const findings = [...tarballScan.findings, ...sourceScan.findings, ...sourceLint.findings, ...tarballLint.findings].map((f) => ({
		...f,
		accepted: isAccepted(f),
	}));
	return {
		dir,
		pack,
		scanned: { tarball: tarballScan.files, source: sourceScan.files },
		lintOutput: { source: sourceLint.output, tarball: tarballLint.output },
		findings,
	};
}

function formatFinding(f) {
	const where = `${f.file}${f.line ? `:${f.line}:${f.column}` : ''}`;
	return `${f.tool} (${f.leg}) ${where} ${f.severity} ${f.message}${f.rule ? ` [${f.rule}]` : ''}`;
}

async function main(argv) {
	const args = [...argv];
	let outDir;
	const outAt = args.indexOf('--out');
	if (outAt !== -1) {
		outDir = path.resolve(args[outAt + 1] ?? '');
		args.splice(outAt, 2);
		// an earlier list must not outlive a failed check
		fs.rmSync(path.join(outDir, 'packs.json'), { force: true });
	}
	const known = nodePackageDirs();
	const dirs = args.length ? args.map((a) => path.basename(a)) : known;
	const unknown = dirs.filter((d) => !known.includes(d));
	if (unknown.length) {
		console.error(`check-packs: not node packages: ${unknown.join(', ')} (one of ${known.join(', ')})`);
		return 1;
	}
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'check-packs-'));
	let failed = 0;
	const packs = [];
	try {
		for (const dir of dirs) {
			const report = await checkPackage(dir, work, outDir);
			packs.push(report.pack);
			const open = report.findings.filter((f) => !f.accepted);
			const accepted = report.findings.filter((f) => f.accepted);
			console.log(
				`check-packs: ${report.pack.name}: ${open.length} finding(s), ${accepted.length} accepted ` +
					`(scanner: ${report.scanned.tarball.length} tarball + ${report.scanned.source.length} source files; n8n-node lint strict: source and tarball)`,
			);
			for (const f of open) console.error(`  ${formatFinding(f)}`);
			for (const f of accepted) console.log(`  accepted: ${formatFinding(f)}`);
			if (open.length) failed++;
		}
		for (const a of ACCEPTED) console.log(`check-packs: accepted ${a.rule} in ${a.file}: ${a.reason}`);
		if (outDir && !failed) {
			fs.writeFileSync(path.join(outDir, 'packs.json'), `${JSON.stringify(packs, null, 2)}\n`);
			console.log(`check-packs: the checked tarballs and ${path.relative(ROOT, path.join(outDir, 'packs.json'))}: ${packs.map((p) => path.basename(p.tarball)).join(', ')}`);
		}
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
	return failed ? 1 : 0;
}

module.exports = { ACCEPTED, isAccepted, parseStylish, checkPackage, scanFolder, nodeCliLint, starterLayout, STARTER_ESLINT_CONFIG, TARBALL_PATTERNS };

if (require.main === module) {
	main(process.argv.slice(2)).then(
		(code) => {
			process.exitCode = code;
		},
		(error) => {
			console.error(error);
			process.exitCode = 1;
		},
	);
}
