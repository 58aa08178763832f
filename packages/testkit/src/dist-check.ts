import { execFileSync } from 'child_process';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';

/**
 * Checks of a built node package as n8n will load it: tsup bundles core into the package, so
 * a built file may require only n8n-workflow and Node built-ins, never read the environment, and
 * every node and credential listed in package.json must load and export its class.
 */
export interface BuiltPackage {
	root: string;
	pkg: { name: string; n8n: { nodes: string[]; credentials: string[] }; dependencies?: Record<string, string> };
}

function files(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/**
 * Builds the package as its `build` script does, but into `<package>/.dist-check/dist` (tsup's
 * settings read LEADCHAT_BUILD_ROOT): the package's own dist/ is never deleted while another
 * package's tests (run beside this one by turbo) read it. The folder is inside the package so the
 * built files resolve n8n-workflow from the package's node_modules, as they do when installed.
 */
export function buildPackage(root: string): BuiltPackage {
	const out = path.join(root, '.dist-check');
	fs.rmSync(out, { recursive: true, force: true });
	fs.mkdirSync(out, { recursive: true });
	fs.copyFileSync(path.join(root, 'package.json'), path.join(out, 'package.json'));
	execFileSync(path.join(root, 'node_modules', '.bin', 'tsup'), { cwd: root, stdio: 'pipe', env: { ...process.env, LEADCHAT_BUILD_ROOT: out } });
	return { root: out, pkg: JSON.parse(fs.readFileSync(path.join(out, 'package.json'), 'utf8')) };
}

/** Shared chunks tsup's code splitting writes at the top of dist/ (core and what several nodes import). */
export const CHUNK_FILE = /^chunk-[A-Z0-9]+\.js$/;

/**
 * Problems found in the built JavaScript: files that are neither a listed node or credential nor a
 * shared chunk, chunks no listed file reaches, forbidden requires (anything but n8n-workflow, Node
 * built-ins and a shared chunk of the same dist/), dynamic imports, environment reads.
 */
export function distProblems(built: BuiltPackage): string[] {
	const allowed = new Set(['n8n-workflow', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
	const problems: string[] = [];
	const dist = path.join(built.root, 'dist');
	const js = files(dist).filter((f) => f.endsWith('.js'));
	const listed = new Set([...built.pkg.n8n.nodes, ...built.pkg.n8n.credentials].map((f) => path.join(built.root, f)));
	const isChunk = (f: string) => path.dirname(f) === dist && CHUNK_FILE.test(path.basename(f));
	for (const f of js) if (!listed.has(f) && !isChunk(f)) problems.push(`${path.relative(built.root, f)} is neither a listed node or credential nor a shared chunk`);
	for (const f of listed) if (!fs.existsSync(f)) problems.push(`${path.relative(built.root, f)} is listed in package.json but not built`);
	if (Object.keys(built.pkg.dependencies ?? {}).length) problems.push(`package.json has runtime dependencies: ${Object.keys(built.pkg.dependencies ?? {}).join(', ')}`);
	const reached = new Set<string>();
	const visit = (file: string) => {
		if (reached.has(file)) return;
		reached.add(file);
		const rel = path.relative(built.root, file);
		const text = fs.readFileSync(file, 'utf8');
		for (const m of text.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
			if (allowed.has(m[1])) continue;
			const target = path.resolve(path.dirname(file), m[1]);
			if (m[1].startsWith('.') && isChunk(target) && fs.existsSync(target)) visit(target);
			else problems.push(`${rel} requires ${m[1]}`);
		}
		if (/\bimport\(/.test(text)) problems.push(`${rel} has a dynamic import`);
		if (/process\.env/.test(text)) problems.push(`${rel} reads process.env`);
	};
	for (const f of listed) if (fs.existsSync(f)) visit(f);
	for (const f of js) if (isChunk(f) && !reached.has(f)) problems.push(`${path.relative(built.root, f)} is a chunk no node or credential requires`);
	return problems;
}

/** Loads every built node and credential; returns their instances by class name, or throws. */
export function loadBuilt(built: BuiltPackage): Record<string, { description?: { displayName?: string; icon?: unknown; properties?: unknown[] }; displayName?: string; icon?: unknown }> {
	const out: Record<string, never> = {};
	for (const rel of [...built.pkg.n8n.nodes, ...built.pkg.n8n.credentials]) {
		const file = path.join(built.root, rel);
		const name = path.basename(rel).replace(/\.(node|credentials)\.js$/, '');
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const mod = require(file);
		if (typeof mod[name] !== 'function') throw new Error(`${rel} does not export the class ${name}`);
		const instance = new mod[name]();
		const declared = instance.description?.icon ?? instance.icon;
		const icons = typeof declared === 'object' && declared !== null ? Object.values(declared as Record<string, string>) : [declared];
		for (const entry of icons) {
			const icon = String(entry ?? '').replace(/^file:/, '');
			if (!icon || !fs.existsSync(path.join(path.dirname(file), icon))) throw new Error(`${rel}: icon "${icon}" is not in the build (resolved from the built file's folder, as n8n does)`);
		}
		out[name] = instance as never;
	}
	return out;
}

/**
 * The tests every node package runs on its build (call at the top level of a jest file): no runtime
 * dependency, every node and credential loads with its icons, the action node has all its operations.
 */
export function builtPackageTests(root: string, actionNode: string, operationCount: number): void {
	let built: BuiltPackage;
	beforeAll(() => {
		built = buildPackage(root);
	}, 60000);
	afterAll(() => fs.rmSync(path.join(root, '.dist-check'), { recursive: true, force: true }));

	it('requires nothing but n8n-workflow and Node built-ins, and reads no environment', () => {
		expect(distProblems(built)).toEqual([]);
	});

	it('loads every node and credential, and the action node has all its operations', () => {
		const loaded = loadBuilt(built);
		const listed = [...built.pkg.n8n.nodes, ...built.pkg.n8n.credentials].map((f) => path.basename(f).replace(/\.(node|credentials)\.js$/, ''));
		expect(Object.keys(loaded).sort()).toEqual(listed.sort());
		const ops = (loaded[actionNode].description!.properties as Array<{ name: string; options?: unknown[] }>).filter((p) => p.name === 'operation');
		expect(ops.flatMap((p) => p.options)).toHaveLength(operationCount);
	});
}
