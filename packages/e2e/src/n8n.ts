/**
 * Real n8n as the workflow runner: a fresh user folder per test file, our packed packages installed
 * from their tarballs the way n8n's community-package installer does, the CLI (`import:*`, `export:nodes`, `execute`) and
 * a real server (`n8n start`) driven over its REST and public APIs.
 *
 * Everything runs the pinned n8n of scripts/install-n8n.sh on its Node 24, with the offline
 * environment of scripts/n8n-env.sh (sourced, so that script stays the single source of truth).
 * See scripts/N8N-NOTES.md for the facts this relies on.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { createRequire } from 'node:module';

import { E2E_HOMES_DIR, N8N_BIN, N8N_DIR_NAME, N8N_ENV_SCRIPT, N8N_INSTALL_DIR, NODE24_BIN, PACKS_DIR, assertN8nInstalled, installedN8nVersion, nodePackageDirs } from './paths';
import { arePortsFree, findFreePortRange, findFreePortRangeSync } from './ports';
import { spawnLogged, tailFile, tailText, waitFor, type Spawned } from './process';
import type { PackReport } from '../../../scripts/pack';

export interface N8nHome {
	/** N8N_USER_FOLDER: n8n keeps its data in `<dir>/.n8n`. */
	dir: string;
	/** The environment every n8n process of this home gets. */
	env: NodeJS.ProcessEnv;
}

export interface N8nServer {
	url: string;
	stop(): Promise<void>;
	/** Everything the server printed so far. */
	logs(): string;
	apiKey?: string;
}

export const OWNER = { email: 'owner@example.com', firstName: 'E2E', lastName: 'Owner', password: 'Passw0rd!Passw0rd' };

const DEFAULT_CLI_TIMEOUT_MS = 120_000;
const START_TIMEOUT_MS = 120_000;
const HTTP_TIMEOUT_MS = 30_000;

// ------------------------------------------------------------------------------------------------
// Home and environment
// ------------------------------------------------------------------------------------------------

/** Variables from the caller's environment that must not leak into n8n (pnpm/jest/Node settings). */
const KEEP_FROM_PARENT = ['HOME', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'USER', 'LOGNAME', 'SHELL', 'TERM'];

/**
 * The environment of scripts/n8n-env.sh for `dir` and `port`: the script is sourced in a clean
 * bash (so no N8N_* of the caller wins) and its result taken as is.
 */
function n8nEnvFor(dir: string, port: number): NodeJS.ProcessEnv {
	const parent: NodeJS.ProcessEnv = {};
	for (const key of KEEP_FROM_PARENT) if (process.env[key] !== undefined) parent[key] = process.env[key];
	const base: NodeJS.ProcessEnv = {
		...parent,
		PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
		N8N_USER_FOLDER: dir,
		N8N_PORT: String(port),
		// The n8n this harness runs (paths.ts), so the script's N8N_BIN / N8N_INSTALL_DIR name it too.
		N8N_DIR_NAME,
	};
	const out = execFileSync('bash', ['-c', 'source "$1" >/dev/null 2>&1 && env -0', 'n8n-env', N8N_ENV_SCRIPT], {
		env: base,
		encoding: 'utf8',
		timeout: 20_000,
	});
	const env: NodeJS.ProcessEnv = {};
	for (const entry of out.split('\0')) {
		const eq = entry.indexOf('=');
		if (eq <= 0) continue;
		const key = entry.slice(0, eq);
		if (key === '_' || key === 'SHLVL' || key === 'PWD' || key === 'OLDPWD' || key.startsWith('_N8N_ENV_SET_') || key.startsWith('BASH_FUNC_')) continue;
		env[key] = entry.slice(eq + 1);
	}
	if (env.N8N_USER_FOLDER !== dir || env.N8N_PORT !== String(port) || env.N8N_BIN !== N8N_BIN) {
		throw new Error(`scripts/n8n-env.sh did not keep N8N_USER_FOLDER=${dir} / N8N_PORT=${port} / N8N_BIN=${N8N_BIN}`);
	}
	return env;
}

function setPort(home: N8nHome, port: number): void {
	const env = n8nEnvFor(home.dir, port);
	for (const key of Object.keys(home.env)) delete home.env[key];
	Object.assign(home.env, env);
}

/** The HTTP port of this home's server (task brokers use port+1 for `start`, port+2 for CLI commands). */
export function homePort(home: N8nHome): number {
	return Number(home.env.N8N_PORT);
}

/**
 * A fresh n8n user folder (default: .tools/e2e-homes/<random>) and its environment: offline,
 * sqlite, the fixed encryption key, `port` (default: a free one, re-checked at `startN8n`).
 */
export function createN8nHome(opts: { dir?: string; port?: number } = {}): N8nHome {
	assertN8nInstalled();
	const dir = path.resolve(opts.dir ?? path.join(E2E_HOMES_DIR, `${new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)}-${crypto.randomBytes(3).toString('hex')}`));
	fs.mkdirSync(path.join(dir, 'logs'), { recursive: true });
	fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true });
	const port = opts.port ?? findFreePortRangeSync(3);
	const home: N8nHome = { dir, env: {} };
	setPort(home, port);
	return home;
}

// ------------------------------------------------------------------------------------------------
// Community packages
// ------------------------------------------------------------------------------------------------

/** One package of `.tools/packs/packs.json`, declared beside scripts/pack.js, which writes it. */
export type { PackReport };

/** Fields n8n's installer deletes from an extracted package.json before `npm install` (2.40.7, `downloadPackage`). */
export const N8N_STRIPPED_FIELDS = ['devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

/**
 * The `npm install` n8n's installer runs in the extracted package folder (2.40.7, `downloadPackage`),
 * plus two guards of ours: `--offline` and a dead registry instead of n8n's `--registry=<registry>`,
 * so a package that would need a download fails at once instead of reaching the network.
 */
export const N8N_NPM_INSTALL_ARGS = [
	'install',
	'--audit=false',
	'--fund=false',
	'--bin-links=false',
	'--install-strategy=shallow',
	'--ignore-scripts=true',
	'--package-lock=false',
	'--offline',
	'--registry=http://127.0.0.1:9/',
];

const NPM_INSTALL_TIMEOUT_MS = 120_000;

type NodesApiVersionCheck = (pkg: unknown) => { compatible: boolean; reason?: string; declared?: unknown; version?: number };

/**
 * n8n's own check of the node API version a community package declares (`n8n.n8nNodesApiVersion`):
 * `checkNodesApiVersion` of the n8n-workflow in the n8n the harness runs, loaded from its one file
 * (the whole n8n-workflow is not needed). Both n8n versions tested have it.
 */
function n8nNodesApiVersionCheck(): { check: NodesApiVersionCheck; supported: number } {
	const fromN8n = createRequire(path.join(N8N_INSTALL_DIR, 'node_modules', 'n8n', 'package.json'));
	const file = path.join(path.dirname(fromN8n.resolve('n8n-workflow')), 'nodes-api-version.js');
	const mod = (fs.existsSync(file) ? fromN8n(file) : fromN8n('n8n-workflow')) as { checkNodesApiVersion?: NodesApiVersionCheck; N8N_NODES_API_VERSION?: number };
	if (typeof mod.checkNodesApiVersion !== 'function' || typeof mod.N8N_NODES_API_VERSION !== 'number') {
		throw new Error(`installOurPackages: n8n-workflow of ${N8N_INSTALL_DIR} has no checkNodesApiVersion / N8N_NODES_API_VERSION (see scripts/N8N-NOTES.md)`);
	}
	return { check: mod.checkNodesApiVersion, supported: mod.N8N_NODES_API_VERSION };
}

/** The packs scripts/pack.js made (`<packsDir>/packs.json`), or a clear error when there are none. */
export function readPacks(packsDir: string = PACKS_DIR): PackReport[] {
	const file = path.join(packsDir, 'packs.json');
	if (!fs.existsSync(file)) {
		throw new Error(`installOurPackages: no packs (${file} is missing): run \`node scripts/pack.js\` after the build`);
	}
	return JSON.parse(fs.readFileSync(file, 'utf8')) as PackReport[];
}

/** Every file under `dir`, as sorted paths relative to it. */
function filesUnder(dir: string, base = dir): string[] {
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]))
		.sort();
}

/**
 * Why the extracted pack's dist/ is not the package's build (a file added, missing or different),
 * or undefined when they are the same byte for byte. Compared by content, not by date: a turbo
 * cache hit rewrites dist/ with new dates and the same bytes.
 */
function staleDist(extracted: string, dir: string): string | undefined {
	const packed = filesUnder(path.join(extracted, 'dist'));
	const built = filesUnder(path.join(dir, 'dist'));
	const missing = built.filter((f) => !packed.includes(f));
	if (missing.length) return `dist/${missing[0]} is not in the pack${missing.length > 1 ? ` (nor ${missing.length - 1} more)` : ''}`;
	const extra = packed.filter((f) => !built.includes(f));
	if (extra.length) return `the pack has dist/${extra[0]}, which the build no longer has`;
	const changed = built.find((f) => !fs.readFileSync(path.join(extracted, 'dist', f)).equals(fs.readFileSync(path.join(dir, 'dist', f))));
	if (changed) {
		const when = fs.statSync(path.join(dir, 'dist', changed)).mtime.toISOString();
		return `dist/${changed} was rebuilt (${when}) since the pack was made`;
	}
	return undefined;
}

/**
 * The pack of the package in `dir`, checked: listed in packs.json, same name and version as the
 * package, its tarball present. (Whether it holds the current build is checked once it is
 * extracted: staleDist.) Throws an error saying what to run otherwise.
 */
export function packOf(dir: string, packs: PackReport[], packsDir: string = PACKS_DIR): PackReport {
	const pkgFile = path.join(dir, 'package.json');
	if (!fs.existsSync(pkgFile)) throw new Error(`installOurPackages: ${dir} has no package.json`);
	const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as { name: string; version: string };
	const dist = path.join(dir, 'dist');
	if (!fs.existsSync(dist)) {
		throw new Error(`installOurPackages: ${pkg.name} is not built (${dist} is missing): run \`pnpm exec turbo run build\`, then \`node scripts/pack.js\``);
	}
	const repack = `run \`node scripts/pack.js\` after the build (packs: ${packsDir})`;
	const pack = packs.find((p) => p.dir === path.basename(dir));
	if (!pack) throw new Error(`installOurPackages: ${pkg.name} has no pack in ${path.join(packsDir, 'packs.json')}: ${repack}`);
	if (pack.name !== pkg.name || pack.version !== pkg.version) {
		throw new Error(`installOurPackages: the pack of ${path.basename(dir)} is ${pack.name}@${pack.version}, the package is ${pkg.name}@${pkg.version}: ${repack}`);
	}
	if (!fs.existsSync(pack.tarball)) throw new Error(`installOurPackages: ${pkg.name}: the tarball ${pack.tarball} is missing: ${repack}`);
	return pack;
}

/**
 * Installs our node packages (default: every packages/node-*) into `<home>/.n8n/nodes` from their
 * packed tarballs (made by scripts/pack.js: the files npm would publish), the way n8n 2.40.7's
 * community-package installer does (`CommunityPackagesService.downloadPackage`), step for step:
 *
 * 1. the tarball is put into `.n8n/nodes` (n8n: `npm pack <name>@<version>` there, which downloads it;
 *    `npm pack` of our tarball gives the same bytes, so it is copied);
 * 2. `tar -xzf <tarball> -C node_modules/<name> --strip-components=1`;
 * 3. package.json rewritten without devDependencies, peerDependencies and optionalDependencies;
 * 4. `npm install` in the package folder with n8n's flags (N8N_NPM_INSTALL_ARGS), by the npm n8n
 *    runs (the first on the home's PATH, on n8n's Node 24), offline;
 * 5. `.n8n/nodes/package.json` lists the package with its version; the tarball is deleted;
 * 6. the node API version the installed package.json declares (`n8n.n8nNodesApiVersion`) is checked
 *    with the running n8n's own `checkNodesApiVersion`: n8n 2.41 refuses the install of a package
 *    that declares a higher or malformed one (`assertPackageApiVersionSupported`); n8n 2.40.7 only
 *    skips it with a warning when it loads the nodes, so the harness refuses it on both.
 *
 * Not done (n8n's server does it when a user installs from the UI): the registry checks and the
 * `installed_packages` rows; n8n loads the packages from `.n8n/nodes/node_modules` without them.
 * The four `npm install`s run side by side (n8n runs one at a time; each is in its own folder).
 * Fails with an error saying what to run when a pack is missing or stale (its dist/ is not the
 * package's dist/ byte for byte).
 * Returns the package names.
 */
export function installOurPackages(home: N8nHome, packageDirs: string[] = nodePackageDirs(), opts: { packsDir?: string } = {}): string[] {
	const packsDir = opts.packsDir ?? PACKS_DIR;
	const packs = readPacks(packsDir);
	const chosen = packageDirs.map((dir) => ({ dir, pack: packOf(dir, packs, packsDir) }));
	const nodesDir = path.join(home.dir, '.n8n', 'nodes');
	const manifestFile = path.join(nodesDir, 'package.json');
	fs.mkdirSync(path.join(nodesDir, 'node_modules'), { recursive: true });

	const installs: Array<{ pack: PackReport; target: string; tarball: string; log: string }> = [];
	for (const { dir, pack } of chosen) {
		const target = path.join(nodesDir, 'node_modules', ...pack.name.split('/'));
		fs.rmSync(target, { recursive: true, force: true });
		fs.mkdirSync(target, { recursive: true });
		const tarball = path.join(nodesDir, path.basename(pack.tarball));
		fs.copyFileSync(pack.tarball, tarball);
		execFileSync('tar', ['-xzf', path.basename(tarball), '-C', target, '--strip-components=1'], { cwd: nodesDir, stdio: 'pipe', timeout: 60_000 });
		const pkgFile = path.join(target, 'package.json');
		const extracted = JSON.parse(fs.readFileSync(pkgFile, 'utf8')) as Record<string, unknown>;
		for (const field of N8N_STRIPPED_FIELDS) delete extracted[field];
		fs.writeFileSync(pkgFile, JSON.stringify(extracted, null, 2), 'utf8');
		const stale = staleDist(target, dir);
		if (stale) fs.rmSync(tarball, { force: true });
		if (stale) throw new Error(`installOurPackages: the pack of ${pack.name} is stale: ${stale}: run \`node scripts/pack.js\` after the build (packs: ${packsDir})`);
		installs.push({ pack, target, tarball, log: path.join(home.dir, 'logs', `npm-install-${pack.dir}.log`) });
	}

	// One bash runs the npm installs side by side and prints the folder of each one that failed.
	const script = [
		'pids=(); dirs=()',
		'while (($#)); do',
		`  (cd "$1" && exec npm ${N8N_NPM_INSTALL_ARGS.join(' ')}) >"$2" 2>&1 &`,
		'  pids+=($!); dirs+=("$1"); shift 2',
		'done',
		'rc=0',
		'for i in "${!pids[@]}"; do wait "${pids[$i]}" || { echo "${dirs[$i]}"; rc=1; }; done',
		'exit $rc',
	].join('\n');
	const result = spawnSync('bash', ['-c', script, 'npm-install', ...installs.flatMap((i) => [i.target, i.log])], {
		env: home.env,
		encoding: 'utf8',
		timeout: NPM_INSTALL_TIMEOUT_MS,
	});
	if (result.status !== 0) {
		const failedDirs = result.status === null ? installs.map((i) => i.target) : result.stdout.trim().split('\n').filter(Boolean);
		const failed = installs.filter((i) => failedDirs.includes(i.target));
		const details = failed.map((i) => `${i.pack.name} (npm ${N8N_NPM_INSTALL_ARGS.join(' ')}; ${i.log}):\n${fs.existsSync(i.log) ? tailFile(i.log, 15) : '(no output)'}`);
		const why = result.status === null ? `timed out after ${NPM_INSTALL_TIMEOUT_MS / 1000} s (${result.signal ?? result.error?.message ?? ''})` : `exit ${result.status}`;
		throw new Error(`installOurPackages: npm install failed, ${why}: ${details.join('\n') || result.stderr}`);
	}

	const { check, supported } = n8nNodesApiVersionCheck();
	for (const { pack, target } of installs) {
		const installedPkg = JSON.parse(fs.readFileSync(path.join(target, 'package.json'), 'utf8')) as unknown;
		const verdict = check(installedPkg);
		if (!verdict.compatible) {
			throw new Error(
				`installOurPackages: n8n ${installedN8nVersion()} refuses ${pack.name}: ` +
					(verdict.reason === 'malformed'
						? `its n8n.n8nNodesApiVersion ${JSON.stringify(verdict.declared)} is malformed`
						: `it declares node API version ${String(verdict.declared)}, this n8n supports up to ${supported}`) +
					' (checkNodesApiVersion of n8n-workflow)',
			);
		}
	}

	const manifest = fs.existsSync(manifestFile)
		? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { dependencies?: Record<string, string> })
		: { name: 'installed-nodes', private: true, dependencies: {} as Record<string, string> };
	manifest.dependencies ??= {};
	for (const { pack, tarball } of installs) {
		manifest.dependencies[pack.name] = pack.version;
		fs.rmSync(tarball, { force: true });
	}
	fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2), 'utf8');
	return installs.map((i) => i.pack.name);
}

// ------------------------------------------------------------------------------------------------
// CLI
// ------------------------------------------------------------------------------------------------

let cliCounter = 0;

function describeFailure(what: string, result: { code: number; stdout: string; stderr: string }): string {
	const output = tailText([result.stdout, result.stderr].filter(Boolean).join('\n'), 30);
	return `${what} failed (exit ${result.code}); last output of n8n:\n${output}`;
}

/**
 * Runs `n8n <args>` for this home and waits for it (default timeout 120 s). Output goes to files
 * under `<home>/logs` (never a pipe), the task broker of the command gets port+2 so that it never
 * clashes with a running `n8n start` of the same home. On timeout the whole process group is killed
 * and an error with the tail of the output is thrown.
 */
export async function n8nCli(home: N8nHome, args: string[], opts: { timeoutMs?: number } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
	assertN8nInstalled();
	const first = await runCliOnce(home, args, homePort(home) + 2, opts.timeoutMs ?? DEFAULT_CLI_TIMEOUT_MS);
	// `execute` starts a task broker: if something took its port meanwhile, once more on a free one.
	if (first.code !== 0 && BROKER_PORT_TAKEN.test(first.stdout + first.stderr)) {
		return runCliOnce(home, args, await findFreePortRange(1), opts.timeoutMs ?? DEFAULT_CLI_TIMEOUT_MS);
	}
	return first;
}

const BROKER_PORT_TAKEN = /Task Broker's port \d+ is already in use|EADDRINUSE/;

async function runCliOnce(home: N8nHome, args: string[], brokerPort: number, timeoutMs: number): Promise<{ code: number; stdout: string; stderr: string }> {
	const n = ++cliCounter;
	const label = (args[0] ?? 'n8n').replace(/[^a-z0-9:-]/gi, '_').replace(/:/g, '-');
	const stdoutFile = path.join(home.dir, 'logs', `cli-${String(n).padStart(3, '0')}-${label}.out`);
	const stderrFile = path.join(home.dir, 'logs', `cli-${String(n).padStart(3, '0')}-${label}.err`);
	const env = { ...home.env, N8N_RUNNERS_BROKER_PORT: String(brokerPort) };
	const proc = spawnLogged(NODE24_BIN, [N8N_BIN, ...args], { env, cwd: home.dir, stdoutFile, stderrFile, pidFile: path.join(home.dir, 'logs', `cli-${n}.pid`) });
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		void proc.kill(3000);
	}, timeoutMs);
	const code = await proc.exited;
	clearTimeout(timer);
	const stdout = fs.readFileSync(stdoutFile, 'utf8');
	const stderr = fs.readFileSync(stderrFile, 'utf8');
	if (timedOut) {
		throw new Error(describeFailure(`n8n ${args.join(' ')} timed out after ${Math.round(timeoutMs / 1000)} s and was killed;`, { code, stdout, stderr }));
	}
	return { code, stdout, stderr };
}

/**
 * Node types n8n loads (`n8n export:nodes`), plus every "Failed to load package" / "Skipping
 * package" message (with the line after it, which carries the reason).
 */
export async function listNodeTypes(home: N8nHome): Promise<{ types: string[]; loadErrors: string[] }> {
	const file = path.join(home.dir, 'tmp', `nodes-${Date.now()}.json`);
	const result = await n8nCli(home, ['export:nodes', `--output=${file}`]);
	const lines = `${result.stdout}\n${result.stderr}`.split('\n');
	const loadErrors: string[] = [];
	lines.forEach((line, i) => {
		if (/Failed to load package|Skipping package|Error loading package|Could not load/i.test(line)) {
			loadErrors.push([line.trim(), (lines[i + 1] ?? '').trim()].filter(Boolean).join(' | '));
		}
	});
	if (result.code !== 0 || !fs.existsSync(file)) throw new Error(describeFailure('n8n export:nodes', result));
	const nodes = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<{ name: string }>;
	fs.rmSync(file, { force: true }); // 17 MB of descriptions: not worth keeping
	const types = [...new Set(nodes.map((n) => n.name))].sort();
	return { types, loadErrors };
}

export interface CredentialImport {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

/** `n8n import:credentials` (plain `data`, encrypted by n8n with the home's key). Works while the server runs. */
export async function importCredentials(home: N8nHome, creds: CredentialImport[]): Promise<void> {
	if (!creds.length) return;
	const file = path.join(home.dir, 'tmp', `credentials-${Date.now()}-${crypto.randomBytes(2).toString('hex')}.json`);
	fs.writeFileSync(file, JSON.stringify(creds, null, 2));
	const result = await n8nCli(home, ['import:credentials', `--input=${file}`]);
	if (result.code !== 0 || !/Successfully imported/i.test(result.stdout + result.stderr)) {
		throw new Error(describeFailure(`n8n import:credentials (${creds.map((c) => c.id).join(', ')})`, result));
	}
}

/** A workflow id as n8n makes them (16 alphanumerics). */
export function newWorkflowId(): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	return Array.from(crypto.randomBytes(16), (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * `n8n import:workflow`; returns the workflow id (a new one is assigned when the workflow has
 * none). Re-importing an existing id deactivates it (n8n's behaviour): activate again afterwards.
 */
export async function importWorkflow(home: N8nHome, workflow: object): Promise<string> {
	const wf = JSON.parse(JSON.stringify(workflow)) as Record<string, unknown>;
	if (typeof wf.id !== 'string' || wf.id === '') wf.id = newWorkflowId();
	if (!Array.isArray(wf.nodes)) throw new Error(`importWorkflow: "${String(wf.name)}" has no nodes array`);
	wf.connections ??= {};
	delete wf.active;
	const id = wf.id as string;
	const file = path.join(home.dir, 'tmp', `workflow-${id}.json`);
	fs.writeFileSync(file, JSON.stringify(wf, null, 2));
	const result = await n8nCli(home, ['import:workflow', `--input=${file}`]);
	if (result.code !== 0 || !/Successfully imported/i.test(result.stdout + result.stderr)) {
		throw new Error(describeFailure(`n8n import:workflow (${id} "${String(wf.name)}")`, result));
	}
	return id;
}

/** Extracts the JSON document `n8n execute --rawOutput` prints after its log lines. */
export function parseRawOutput(raw: string): any {
	const lines = raw.split('\n');
	const start = lines.findIndex((line) => line === '{' || line === '[');
	if (start === -1) return undefined;
	const close = lines[start] === '{' ? '}' : ']';
	for (let end = lines.length - 1; end > start; end--) {
		if (lines[end] !== close) continue;
		try {
			return JSON.parse(lines.slice(start, end + 1).join('\n'));
		} catch {
			/* try a shorter span */
		}
	}
	return undefined;
}

/**
 * `n8n execute --id=<id> --rawOutput`: `ok` when n8n exits 0 and the run has no error; `data` is
 * the run n8n printed (`data.resultData.runData`, `data.resultData.error`), `raw` all the output.
 */
export async function executeWorkflow(home: N8nHome, id: string, opts: { timeoutMs?: number } = {}): Promise<{ ok: boolean; data: any; raw: string }> {
	const result = await n8nCli(home, ['execute', `--id=${id}`, '--rawOutput'], { timeoutMs: opts.timeoutMs ?? 180_000 });
	const raw = [result.stdout, result.stderr].filter(Boolean).join('\n');
	const data = parseRawOutput(result.stdout) ?? parseRawOutput(raw);
	const error = data?.data?.resultData?.error;
	const ok = result.code === 0 && data !== undefined && !error && (data.status === undefined || data.status === 'success');
	return { ok, data, raw };
}

/** The nodes of a run that ended in an error, with their messages (for readable assertions). */
export function runErrors(data: any): string[] {
	const errors: string[] = [];
	const top = data?.data?.resultData?.error;
	if (top) errors.push(`workflow: ${top.message ?? JSON.stringify(top)}${top.description ? ` (${top.description})` : ''}`);
	const runData = (data?.data?.resultData?.runData ?? {}) as Record<string, Array<{ error?: { message?: string; description?: string } }>>;
	for (const [node, runs] of Object.entries(runData)) {
		for (const run of runs) if (run.error) errors.push(`${node}: ${run.error.message ?? ''}${run.error.description ? ` (${run.error.description})` : ''}`);
	}
	return errors;
}

// ------------------------------------------------------------------------------------------------
// Server
// ------------------------------------------------------------------------------------------------

interface ServerInternals {
	home: N8nHome;
	proc: Spawned;
	logFile: string;
	cookie?: string;
	nodeTypeCache: Map<string, any>;
}

const internals = new WeakMap<N8nServer, ServerInternals>();
const runningHomes = new Set<string>();

function internalsOf(server: N8nServer): ServerInternals {
	const found = internals.get(server);
	if (!found) throw new Error('not a server started by startN8n()');
	return found;
}

export interface HttpResult {
	status: number;
	body: any;
	text: string;
	headers: Headers;
}

/** A request to the server: `auth` 'cookie' (the owner's session), 'apiKey' (public API) or 'none'. */
export async function n8nRequest(
	server: N8nServer,
	method: string,
	urlPath: string,
	opts: { body?: unknown; auth?: 'cookie' | 'apiKey' | 'none'; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<HttpResult> {
	const inner = internalsOf(server);
	const headers: Record<string, string> = { accept: 'application/json', ...(opts.headers ?? {}) };
	if (opts.body !== undefined) headers['content-type'] = 'application/json';
	if (opts.auth === 'cookie') {
		if (!inner.cookie) throw new Error('no owner session (startN8n did not log in)');
		headers.cookie = inner.cookie;
	}
	if (opts.auth === 'apiKey') {
		if (!server.apiKey) throw new Error('no API key (startN8n did not create one)');
		headers['x-n8n-api-key'] = server.apiKey;
	}
	const response = await fetch(`${server.url}${urlPath}`, {
		method,
		headers,
		body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
		signal: AbortSignal.timeout(opts.timeoutMs ?? HTTP_TIMEOUT_MS),
	});
	const text = await response.text();
	let body: any = text;
	try {
		body = text ? JSON.parse(text) : undefined;
	} catch {
		body = text;
	}
	return { status: response.status, body, text, headers: response.headers };
}

function httpError(server: N8nServer, what: string, result: HttpResult): Error {
	const logs = tailText(server.logs(), 25);
	return new Error(`${what}: HTTP ${result.status} ${result.text.slice(0, 800)}\nlast lines of the n8n log:\n${logs}`);
}

function authCookieOf(headers: Headers): string | undefined {
	const cookies = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : [headers.get('set-cookie') ?? ''];
	const auth = cookies.map((c) => c.split(';')[0].trim()).find((c) => c.startsWith('n8n-auth='));
	return auth;
}

/** Owner account (set up on a fresh instance, logged in otherwise) and an API key with every scope. */
async function setUpOwnerAndApiKey(server: N8nServer): Promise<void> {
	const inner = internalsOf(server);
	const setup = await n8nRequest(server, 'POST', '/rest/owner/setup', { body: OWNER });
	let cookie = setup.status === 200 ? authCookieOf(setup.headers) : undefined;
	if (!cookie) {
		const login = await n8nRequest(server, 'POST', '/rest/login', { body: { emailOrLdapLoginId: OWNER.email, password: OWNER.password } });
		cookie = login.status === 200 ? authCookieOf(login.headers) : undefined;
		if (!cookie) throw httpError(server, `owner setup (HTTP ${setup.status}: ${setup.text.slice(0, 200)}) and login both failed`, login);
	}
	inner.cookie = cookie;
	const scopes = await n8nRequest(server, 'GET', '/rest/api-keys/scopes', { auth: 'cookie' });
	if (scopes.status !== 200 || !Array.isArray(scopes.body?.data)) throw httpError(server, 'GET /rest/api-keys/scopes', scopes);
	const created = await n8nRequest(server, 'POST', '/rest/api-keys', {
		auth: 'cookie',
		body: { label: `e2e-${crypto.randomBytes(3).toString('hex')}`, expiresAt: null, scopes: scopes.body.data },
	});
	const key = created.body?.data?.rawApiKey;
	if (created.status !== 200 || typeof key !== 'string') throw httpError(server, 'POST /rest/api-keys', created);
	server.apiKey = key;
}

/**
 * `n8n start` for this home: waits for /healthz/readiness, sets up the owner and an API key. The
 * server runs in its own process group; `stop()` ends the group (SIGTERM, then SIGKILL). If the
 * home's ports were taken meanwhile, new free ones are chosen before starting.
 */
export async function startN8n(home: N8nHome, opts: { timeoutMs?: number } = {}): Promise<N8nServer> {
	assertN8nInstalled();
	if (runningHomes.has(home.dir)) throw new Error(`an n8n server is already running for ${home.dir}`);
	if (!(await arePortsFree(homePort(home), 3))) setPort(home, await findFreePortRange(3));
	try {
		return await startOnce(home, opts);
	} catch (error) {
		// Another process took the HTTP or broker port between the check and the start: once more.
		if (!PORT_TAKEN.test((error as Error).message)) throw error;
		setPort(home, await findFreePortRange(3));
		return startOnce(home, opts);
	}
}

const PORT_TAKEN = /EADDRINUSE|already in use/;

async function startOnce(home: N8nHome, opts: { timeoutMs?: number }): Promise<N8nServer> {
	const port = homePort(home);
	const logFile = path.join(home.dir, 'logs', `n8n-start-${Date.now()}.log`);
	const proc = spawnLogged(NODE24_BIN, [N8N_BIN, 'start'], { env: home.env, cwd: home.dir, stdoutFile: logFile, pidFile: path.join(home.dir, 'logs', 'n8n-start.pid') });
	runningHomes.add(home.dir);
	void proc.exited.then(() => runningHomes.delete(home.dir));
	const url = `http://127.0.0.1:${port}`;
	let stopped: Promise<void> | undefined;
	const server: N8nServer = {
		url,
		logs: () => {
			try {
				return fs.readFileSync(logFile, 'utf8');
			} catch {
				return '';
			}
		},
		stop() {
			stopped ??= proc.kill(10_000).then(() => undefined);
			return stopped;
		},
	};
	internals.set(server, { home, proc, logFile, nodeTypeCache: new Map() });
	try {
		const timeoutMs = opts.timeoutMs ?? START_TIMEOUT_MS;
		await waitFor(
			`n8n start on ${url} (/healthz/readiness)`,
			async () => {
				if (proc.done) throw new Error(`n8n start exited with code ${await proc.exited}`);
				const response = await fetch(`${url}/healthz/readiness`, { signal: AbortSignal.timeout(2000) }).catch(() => undefined);
				return response?.status === 200 ? true : undefined;
			},
			{ timeoutMs, intervalMs: 250, details: () => `last lines of ${logFile}:\n${tailFile(logFile, 30)}` },
		).catch(async (error: Error) => {
			if (proc.done) throw new Error(`n8n start exited early (code ${await proc.exited}); last lines of ${logFile}:\n${tailFile(logFile, 40)}`);
			throw error;
		});
		await setUpOwnerAndApiKey(server);
	} catch (error) {
		await server.stop();
		throw error;
	}
	return server;
}

// ------------------------------------------------------------------------------------------------
// Workflows on the running server
// ------------------------------------------------------------------------------------------------

/** Resolves `={{ $parameter["x"] }}` / `={{$parameter.x}}` against the node's parameters; undefined otherwise. */
function resolveDescriptionValue(value: unknown, parameters: Record<string, unknown>, fallback?: unknown): unknown {
	if (typeof value !== 'string' || !value.startsWith('=')) return value ?? fallback;
	const match = /^=\{\{\s*\$parameter(?:\["([^"]+)"\]|\.([A-Za-z0-9_]+))\s*\}\}$/.exec(value);
	if (!match) return undefined;
	const resolved = parameters[match[1] ?? match[2]];
	return resolved ?? fallback;
}

async function nodeDescription(server: N8nServer, type: string, version: number): Promise<any> {
	const inner = internalsOf(server);
	const key = `${type}@${version}`;
	if (!inner.nodeTypeCache.has(key)) {
		const result = await n8nRequest(server, 'POST', '/rest/node-types', { auth: 'cookie', body: { nodeInfos: [{ name: type, version }] } });
		const list = result.body?.data ?? result.body;
		inner.nodeTypeCache.set(key, Array.isArray(list) ? list[0] : undefined);
	}
	return inner.nodeTypeCache.get(key);
}

export interface ProductionWebhook {
	node: string;
	method: string;
	/** Path after /webhook/. */
	path: string;
	url: string;
}

/**
 * The production webhook URLs of a workflow, computed like n8n does (NodeHelpers.getNodeWebhookPath)
 * from each node's description: `<webhookId>/<path>`, the full path for the Webhook node, or
 * `<workflowId>/<node name>/<path>` for nodes without a webhookId. Paths n8n would compute from
 * expressions other than `$parameter[...]` are left out.
 */
export async function productionWebhooks(server: N8nServer, workflowId: string): Promise<ProductionWebhook[]> {
	const inner = internalsOf(server);
	const wf = await n8nRequest(server, 'GET', `/api/v1/workflows/${encodeURIComponent(workflowId)}`, { auth: 'apiKey' });
	if (wf.status !== 200) throw httpError(server, `GET /api/v1/workflows/${workflowId}`, wf);
	const base = String(inner.home.env.N8N_WEBHOOK_URL ?? `${server.url}/`).replace(/\/+$/, '');
	const hooks: ProductionWebhook[] = [];
	for (const node of (wf.body.nodes ?? []) as Array<{ name: string; type: string; typeVersion: number; webhookId?: string; disabled?: boolean; parameters?: Record<string, unknown> }>) {
		if (node.disabled) continue;
		const description = await nodeDescription(server, node.type, node.typeVersion);
		for (const webhook of (description?.webhooks ?? []) as Array<Record<string, unknown>>) {
			if (webhook.restartWebhook === true) continue;
			const params = node.parameters ?? {};
			const rawPath = resolveDescriptionValue(webhook.path, params);
			if (typeof rawPath !== 'string') continue;
			const p = rawPath.trim().replace(/^\/+|\/+$/g, '');
			const isFullPath = resolveDescriptionValue(webhook.isFullPath, params, false) === true;
			let full: string;
			if (node.webhookId === undefined) full = `${workflowId}/${encodeURIComponent(node.name.toLowerCase())}/${p}`;
			else if (isFullPath) full = p || node.webhookId;
			else full = `${node.webhookId}/${p}`;
			if (full.includes(':')) continue;
			const methods = String(resolveDescriptionValue(webhook.httpMethod, params, 'GET') ?? 'GET');
			for (const method of methods.split(',').map((m) => m.trim()).filter(Boolean)) {
				hooks.push({ node: node.name, method, path: full, url: `${base}/webhook/${full}` });
			}
		}
	}
	return hooks;
}

/** Whether n8n has a production webhook registered at `path` (a CORS preflight, so nothing runs). */
async function webhookRegistered(server: N8nServer, hook: ProductionWebhook): Promise<boolean> {
	const response = await fetch(`${server.url}/webhook/${hook.path}`, {
		method: 'OPTIONS',
		headers: { origin: server.url, 'access-control-request-method': hook.method },
		signal: AbortSignal.timeout(5000),
	});
	await response.arrayBuffer();
	// 204 once registered; an unknown path fails the preflight (404, or 500 from n8n's CORS lookup).
	return response.ok;
}

/**
 * Activates (publishes) a workflow through the public API, then waits until each of its production
 * webhooks answers (a CORS preflight, so nothing runs).
 */
export async function activateWorkflow(server: N8nServer, id: string, opts: { timeoutMs?: number } = {}): Promise<void> {
	const result = await n8nRequest(server, 'POST', `/api/v1/workflows/${encodeURIComponent(id)}/activate`, { auth: 'apiKey', timeoutMs: 60_000 });
	if (result.status !== 200) throw httpError(server, `activating workflow ${id}`, result);
	const hooks = await productionWebhooks(server, id);
	for (const hook of hooks) {
		await waitFor(`the production webhook ${hook.method} /webhook/${hook.path} of workflow ${id}`, async () => ((await webhookRegistered(server, hook)) ? true : undefined), {
			timeoutMs: opts.timeoutMs ?? 30_000,
			intervalMs: 200,
			details: () => `last lines of the n8n log:\n${tailText(server.logs(), 20)}`,
		});
	}
}

/** Deactivates (unpublishes) a workflow through the public API; n8n then calls the trigger's webhook `delete`. */
export async function deactivateWorkflow(server: N8nServer, id: string): Promise<void> {
	const result = await n8nRequest(server, 'POST', `/api/v1/workflows/${encodeURIComponent(id)}/deactivate`, { auth: 'apiKey', timeoutMs: 60_000 });
	if (result.status !== 200) throw httpError(server, `deactivating workflow ${id}`, result);
}

/** A stored credential as the editor reads it back (GET /rest/credentials/:id?includeData=true, secrets redacted). */
async function storedCredential(server: N8nServer, credentialId: string): Promise<{ id: string; name: string; type: string; data?: Record<string, unknown> }> {
	const stored = await n8nRequest(server, 'GET', `/rest/credentials/${encodeURIComponent(credentialId)}?includeData=true`, { auth: 'cookie' });
	if (stored.status !== 200 || !stored.body?.data) throw httpError(server, `GET /rest/credentials/${credentialId}`, stored);
	return stored.body.data;
}

/**
 * n8n's own credential test, as the editor runs it: the stored credential is read back
 * (GET /rest/credentials/:id?includeData=true, secrets redacted) and posted to
 * POST /rest/credentials/test, which un-redacts it from the stored copy and runs the credential
 * type's `test` request.
 */
export async function testCredentialInN8n(server: N8nServer, credentialId: string): Promise<{ status: 'OK' | 'Error'; message: string }> {
	const { id, name, type, data } = await storedCredential(server, credentialId);
	const tested = await n8nRequest(server, 'POST', '/rest/credentials/test', { auth: 'cookie', body: { credentials: { id, name, type, data: data ?? {} } }, timeoutMs: 60_000 });
	const outcome = tested.body?.data;
	if (tested.status !== 200 || !outcome || (outcome.status !== 'OK' && outcome.status !== 'Error')) throw httpError(server, `POST /rest/credentials/test (${credentialId})`, tested);
	return { status: outcome.status, message: String(outcome.message ?? '') };
}

/**
 * Changes fields of a stored credential as the editor's Save does: the credential is read back
 * (secrets redacted) and sent to PATCH /rest/credentials/:id with the changed fields, n8n
 * un-redacting the others from its stored copy.
 */
export async function updateCredentialInN8n(server: N8nServer, credentialId: string, changes: Record<string, unknown>): Promise<void> {
	const path = `/rest/credentials/${encodeURIComponent(credentialId)}`;
	const { name, type, data } = await storedCredential(server, credentialId);
	const updated = await n8nRequest(server, 'PATCH', path, { auth: 'cookie', body: { name, type, data: { ...data, ...changes } } });
	if (updated.status !== 200) throw httpError(server, `PATCH ${path}`, updated);
}

export interface ExecutionSummary {
	id: string;
	status: string;
	data?: any;
	mode?: string;
	finished?: boolean;
	startedAt?: string;
	stoppedAt?: string;
	workflowId?: string;
}

/**
 * Executions of a workflow, newest first, with their data unless `includeData: false` (public API
 * GET /api/v1/executions).
 */
export async function listExecutions(server: N8nServer, workflowId: string, opts: { includeData?: boolean } = {}): Promise<ExecutionSummary[]> {
	const out: ExecutionSummary[] = [];
	let cursor: string | undefined;
	for (let page = 0; page < 20; page++) {
		const query = new URLSearchParams({ workflowId, includeData: String(opts.includeData ?? true), limit: '100' });
		if (cursor) query.set('cursor', cursor);
		const result = await n8nRequest(server, 'GET', `/api/v1/executions?${query.toString()}`, { auth: 'apiKey' });
		if (result.status !== 200) throw httpError(server, `GET /api/v1/executions?workflowId=${workflowId}`, result);
		for (const e of (result.body?.data ?? []) as any[]) out.push({ ...e, id: String(e.id), status: String(e.status) });
		cursor = result.body?.nextCursor ?? undefined;
		if (!cursor) break;
	}
	return out;
}

/**
 * The workflow's executions once none is new, running or waiting, their number has not changed for
 * `stableMs` (default 4 s) and `done` holds for them (default: always).
 */
export async function settledExecutions(
	server: N8nServer,
	workflowId: string,
	opts: { done?: (executions: ExecutionSummary[]) => boolean; stableMs?: number; timeoutMs?: number; what?: string } = {},
): Promise<ExecutionSummary[]> {
	const stableMs = opts.stableMs ?? 4000;
	let count = -1;
	let since = Date.now();
	let last: ExecutionSummary[] = [];
	return waitFor(
		opts.what ?? `the executions of workflow ${workflowId} to settle`,
		async () => {
			last = await listExecutions(server, workflowId);
			if (last.some((e) => ['new', 'running', 'waiting'].includes(e.status)) || last.length !== count) {
				count = last.length;
				since = Date.now();
				return undefined;
			}
			return Date.now() - since >= stableMs && (opts.done?.(last) ?? true) ? last : undefined;
		},
		{ timeoutMs: opts.timeoutMs ?? 120_000, intervalMs: 500, details: () => `executions: ${JSON.stringify(last.map((e) => [e.id, e.status]))}` },
	);
}

/** Waits until `predicate` holds for the workflow's executions (finished ones only), returns them. */
export async function waitForExecutions(
	server: N8nServer,
	workflowId: string,
	predicate: (executions: ExecutionSummary[]) => boolean,
	opts: { timeoutMs?: number; what?: string } = {},
): Promise<ExecutionSummary[]> {
	let last: ExecutionSummary[] = [];
	return waitFor(
		opts.what ?? `executions of workflow ${workflowId}`,
		async () => {
			last = (await listExecutions(server, workflowId)).filter((e) => !['new', 'running', 'waiting'].includes(e.status));
			return predicate(last) ? last : undefined;
		},
		{
			timeoutMs: opts.timeoutMs ?? 60_000,
			intervalMs: 500,
			details: () => `executions so far: ${JSON.stringify(last.map((e) => ({ id: e.id, status: e.status })))}\nlast lines of the n8n log:\n${tailText(server.logs(), 20)}`,
		},
	);
}

