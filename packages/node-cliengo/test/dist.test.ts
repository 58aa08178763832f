/**
 * The published build: tsup bundles core and zod into each node file, so the only things a built
 * file may require are n8n-workflow and Node built-ins. Loads every built node and credential.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';

const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function files(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

beforeAll(() => {
	execFileSync(path.join(root, 'node_modules', '.bin', 'tsup'), { cwd: root, stdio: 'pipe' });
}, 60000);

it('requires nothing but n8n-workflow and Node built-ins', () => {
	const allowed = new Set(['n8n-workflow', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
	const js = files(path.join(root, 'dist')).filter((f) => f.endsWith('.js'));
	expect(js.length).toBe(pkg.n8n.nodes.length + pkg.n8n.credentials.length);
	for (const file of js) {
		const text = fs.readFileSync(file, 'utf8');
		const required = [...text.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
		expect({ file: path.relative(root, file), bad: required.filter((r) => !allowed.has(r)) }).toEqual({ file: path.relative(root, file), bad: [] });
		expect(text).not.toMatch(/\bimport\(/);
		expect(text).not.toMatch(/process\.env/);
	}
});

it('loads every node and credential with require, each exporting its class', () => {
	for (const rel of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
		const file = path.join(root, rel);
		const name = path.basename(rel).replace(/\.(node|credentials)\.js$/, '');
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const mod = require(file);
		const instance = new mod[name]();
		expect(instance.description?.displayName ?? instance.displayName).toBeTruthy();
		const icon = String(instance.description?.icon ?? instance.icon).replace(/^file:/, '');
		expect(fs.existsSync(path.join(path.dirname(file), icon))).toBe(true);
	}
});

it('the built action node has every operation', () => {
	const { Cliengo } = require(path.join(root, 'dist/nodes/Cliengo/Cliengo.node.js'));
	const ops = new Cliengo().description.properties.filter((p: { name: string }) => p.name === 'operation');
	expect(ops.flatMap((p: { options: unknown[] }) => p.options)).toHaveLength(30);
});
