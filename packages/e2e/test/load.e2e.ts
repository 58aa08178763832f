/**
 * Every package of ours installs from its packed tarball and loads in real n8n: a fresh user folder
 * where installOurPackages installs each tarball of scripts/pack.js (.tools/packs) the way n8n's
 * community-package installer does (extract into .n8n/nodes/node_modules/<name>, strip the
 * dependency fields, `npm install` there); the installed folder is the tarball's content; then
 * `n8n export:nodes` lists every node type of every package under its published name, and a
 * started n8n lists every credential type (`/types/credentials.json`), with no load error, and
 * reports every node's codex (`/types/nodes.json`: categories and documentation links) and a light and a
 * dark icon URL for every node and credential, each served as the installed SVG.
 * The expected types are read from the packages themselves (package.json `n8n.nodes` /
 * `n8n.credentials` and the built classes), so a new package needs no edit here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {
	N8N_INSTALL_DIR,
	N8N_STRIPPED_FIELDS,
	PACKS_DIR,
	createN8nHome,
	installOurPackages,
	listNodeTypes,
	n8nRequest,
	nodePackageDirs,
	readPacks,
	startN8n,
	type N8nHome,
	type N8nServer,
	type PackReport,
} from '../src';

interface Expected {
	packages: string[];
	types: string[];
	/** Node types n8n also offers as AI tools ("<type>Tool"): the nodes marked usableAsTool. */
	tools: string[];
	/** Credential type names (the `name` of each credentials class). */
	credentials: string[];
}

function expectedFromPackages(): Expected {
	const out: Expected = { packages: [], types: [], tools: [], credentials: [] };
	for (const dir of nodePackageDirs()) {
		const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; n8n: { nodes: string[]; credentials: string[] } };
		out.packages.push(pkg.name);
		for (const file of pkg.n8n.nodes) {
			// n8n loads the class named like the file (Crisp.node.js → Crisp).
			const mod = require(path.join(dir, file)) as Record<string, new () => { description: { name: string; usableAsTool?: boolean } }>;
			const { name, usableAsTool } = new mod[path.basename(file).replace(/\.node\.js$/, '')]().description;
			out.types.push(`${pkg.name}.${name}`);
			if (usableAsTool) out.tools.push(`${pkg.name}.${name}Tool`);
		}
		for (const file of pkg.n8n.credentials) {
			const mod = require(path.join(dir, file)) as Record<string, new () => { name: string }>;
			out.credentials.push(new mod[path.basename(file).replace(/\.credentials\.js$/, '')]().name);
		}
	}
	return out;
}

/** Every file under dir, as sorted paths relative to it (symlinks and folders are not files). */
function listFiles(dir: string, base = dir): string[] {
	return fs
		.readdirSync(dir, { withFileTypes: true })
		.flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]))
		.sort();
}

/** The tarball's files, as `tar` lists them (without npm's `package/` prefix and folder entries). */
function tarballFiles(tarball: string): string[] {
	return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
		.split('\n')
		.filter((line) => line && !line.endsWith('/'))
		.map((line) => line.replace(/^package\//, ''))
		.sort();
}

describe('our packages, installed from their tarballs into real n8n', () => {
	let home: N8nHome;
	let installed: string[];
	let packs: PackReport[];
	let nodesDir: string;
	let installMs: number;

	beforeAll(() => {
		home = createN8nHome();
		packs = readPacks();
		nodesDir = path.join(home.dir, '.n8n', 'nodes');
		const t0 = Date.now();
		installed = installOurPackages(home);
		installMs = Date.now() - t0;
		console.log(`installOurPackages: ${installed.length} packages from their tarballs in ${installMs} ms`);
	});

	it('installs every package from its tarball as n8n does: the folder holds exactly the tarball\'s files, byte for byte', () => {
		const expected = expectedFromPackages();
		expect([...installed].sort()).toEqual([...expected.packages].sort());
		// .n8n/nodes: n8n's ledger and node_modules; the tarballs are deleted after the install.
		expect(fs.readdirSync(nodesDir).sort()).toEqual(['node_modules', 'package.json']);
		const ledger = JSON.parse(fs.readFileSync(path.join(nodesDir, 'package.json'), 'utf8')) as Record<string, unknown>;
		expect(ledger).toEqual({
			name: 'installed-nodes',
			private: true,
			dependencies: Object.fromEntries(installed.map((name) => [name, packs.find((p) => p.name === name)!.version])),
		});
		expect(fs.readdirSync(path.join(nodesDir, 'node_modules'))).toEqual(['@leadchat']);

		for (const name of installed) {
			const pack = packs.find((p) => p.name === name)!;
			expect(path.dirname(pack.tarball)).toBe(PACKS_DIR);
			const dir = path.join(nodesDir, 'node_modules', name);
			expect(fs.lstatSync(dir).isSymbolicLink()).toBe(false);
			// Exactly the tarball's files: no node_modules (nothing downloaded, n8n-workflow is n8n's own), no lock file.
			const files = listFiles(dir);
			expect({ name, files }).toEqual({ name, files: tarballFiles(pack.tarball) });
			expect(files.filter((f) => !f.startsWith('dist/'))).toEqual(['LICENSE', 'README.md', 'package.json']);
			expect(files.filter((f) => f.startsWith('dist/')).length).toBeGreaterThan(3);

			const unpacked = path.join(home.dir, 'tmp', `unpacked-${pack.dir}`);
			fs.mkdirSync(unpacked, { recursive: true });
			execFileSync('tar', ['-xzf', pack.tarball, '-C', unpacked, '--strip-components=1']);
			for (const f of files.filter((file) => file !== 'package.json')) {
				expect({ f, same: fs.readFileSync(path.join(dir, f)).equals(fs.readFileSync(path.join(unpacked, f))) }).toEqual({ f, same: true });
			}
			// package.json: the packed one minus what n8n's installer strips before `npm install`.
			const packed = JSON.parse(fs.readFileSync(path.join(unpacked, 'package.json'), 'utf8')) as Record<string, unknown>;
			const installedPkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
			expect(packed.peerDependencies).toEqual({ 'n8n-workflow': '*' });
			expect(packed.devDependencies).toBeUndefined();
			const expectedPkg = { ...packed };
			for (const field of N8N_STRIPPED_FIELDS) delete expectedPkg[field];
			expect(installedPkg).toEqual(expectedPkg);
			expect(Object.keys(installedPkg)).not.toContain('devDependencies');
			expect(Object.keys(installedPkg)).not.toContain('peerDependencies');
			expect([installedPkg.name, installedPkg.version]).toEqual([pack.name, pack.version]);

			// npm install ran in the folder (n8n's flags, offline) and had nothing to fetch.
			const log = fs.readFileSync(path.join(home.dir, 'logs', `npm-install-${pack.dir}.log`), 'utf8');
			expect(log).toMatch(/^up to date in /m);
		}
	});

	it('lists every node type of every package under the published names, without load errors', async () => {
		const expected = expectedFromPackages();
		expect(expected.types.length).toBeGreaterThanOrEqual(8);
		const { types, loadErrors } = await listNodeTypes(home);
		expect(loadErrors).toEqual([]);
		const ours = types.filter((t) => t.startsWith('@leadchat/'));
		expect(ours).toEqual(expect.arrayContaining(expected.types));
		// n8n adds an AI-tool variant ("<name>Tool") of every node marked usableAsTool; nothing else.
		expect(ours.filter((t) => !expected.types.includes(t)).sort()).toEqual(expected.tools.sort());
		expect(expected.tools).toEqual(expect.arrayContaining(['@leadchat/n8n-nodes-chatwoot.chatwootTool', '@leadchat/n8n-nodes-crisp.crispTool']));
		// Chatwoot's Platform API, Client API and Captain are nodes of their own, each usable as a tool too.
		const chatwoot = ['chatwoot', 'chatwootCaptain', 'chatwootClient', 'chatwootPlatform', 'chatwootTrigger'].map((n) => `@leadchat/n8n-nodes-chatwoot.${n}`);
		expect(ours.filter((t) => t.startsWith('@leadchat/n8n-nodes-chatwoot.') && !t.endsWith('Tool')).sort()).toEqual(chatwoot);
		expect(ours.filter((t) => t.startsWith('@leadchat/n8n-nodes-chatwoot.') && t.endsWith('Tool')).sort()).toEqual(['chatwootCaptainTool', 'chatwootClientTool', 'chatwootPlatformTool', 'chatwootTool'].map((n) => `@leadchat/n8n-nodes-chatwoot.${n}`));
		// Built-in nodes load too (the instance is healthy).
		expect(types).toContain('n8n-nodes-base.manualTrigger');
	});

	describe('in a running n8n', () => {
		let server: N8nServer;
		beforeAll(async () => {
			server = await startN8n(home);
		}, 180_000);
		afterAll(async () => {
			await server?.stop();
		});

		it('lists every credential type of every package, loaded from the installed folders', async () => {
			const expected = expectedFromPackages();
			expect(expected.credentials.length).toBeGreaterThanOrEqual(8);
			const res = await n8nRequest(server, 'GET', '/types/credentials.json', { auth: 'cookie' });
			expect(res.status).toBe(200);
			const types = res.body as Array<{ name: string; iconUrl?: string | { light: string; dark: string } }>;
			const ours = types.filter((t) => t.name.startsWith('leadchat'));
			expect(ours.map((t) => t.name).sort()).toEqual([...expected.credentials].sort());
			// Their icons are served from the installed packages (n8n's "icons/<package>/<file>").
			for (const t of ours) {
				const icons = typeof t.iconUrl === 'string' ? [t.iconUrl] : Object.values(t.iconUrl ?? {});
				expect(icons.length).toBeGreaterThan(0);
				for (const icon of icons) expect(icon).toMatch(/^icons\/@leadchat\/n8n-nodes-[a-z]+\/dist\//);
			}
			expect(server.logs()).not.toMatch(/Failed to load package|Skipping package/i);
		});

		it('reports a light and a dark icon URL for every node and credential, and serves each as the installed SVG (image/svg+xml)', async () => {
			const nodes = (await n8nRequest(server, 'GET', '/types/nodes.json', { auth: 'cookie' })).body as Array<{ name: string; iconUrl?: unknown }>;
			const credentials = (await n8nRequest(server, 'GET', '/types/credentials.json', { auth: 'cookie' })).body as Array<{ name: string; iconUrl?: unknown }>;
			/** The URLs n8n gives a built class's { light: 'file:…', dark: 'file:…' } icon: its files in the installed package. */
			const urlsOf = (pkgName: string, file: string, icon: { light: string; dark: string }) => ({
				light: `icons/${pkgName}/${path.posix.join(path.posix.dirname(file), icon.light.replace(/^file:/, ''))}`,
				dark: `icons/${pkgName}/${path.posix.join(path.posix.dirname(file), icon.dark.replace(/^file:/, ''))}`,
			});
			const served = new Map<string, string>(); // icon URL → the installed file it must serve
			let checked = 0;
			for (const dir of nodePackageDirs()) {
				const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; n8n: { nodes: string[]; credentials: string[] } };
				const entries = [
					...pkg.n8n.nodes.map((file) => {
						const mod = require(path.join(dir, file)) as Record<string, new () => { description: { name: string; icon: { light: string; dark: string } } }>;
						const { name, icon } = new mod[path.basename(file, '.node.js')]().description;
						return { file, icon, reported: nodes.filter((n) => n.name === `${pkg.name}.${name}`) };
					}),
					...pkg.n8n.credentials.map((file) => {
						const mod = require(path.join(dir, file)) as Record<string, new () => { name: string; icon: { light: string; dark: string } }>;
						const { name, icon } = new mod[path.basename(file, '.credentials.js')]();
						return { file, icon, reported: credentials.filter((c) => c.name === name) };
					}),
				];
				for (const { file, icon, reported } of entries) {
					const expected = urlsOf(pkg.name, file, icon);
					expect(expected.light).toMatch(/\.svg$/);
					expect(expected.dark).toMatch(/\.dark\.svg$/);
					expect({ file, reported: reported.length }).toEqual({ file, reported: 1 });
					expect({ file, iconUrl: reported[0].iconUrl }).toEqual({ file, iconUrl: expected });
					for (const url of Object.values(expected)) served.set(url, path.join(nodesDir, 'node_modules', url.replace(/^icons\//, '')));
					checked++;
				}
			}
			expect(checked).toBeGreaterThanOrEqual(16);
			for (const [url, file] of served) {
				const res = await n8nRequest(server, 'GET', `/${url}`, { auth: 'none', headers: { accept: 'image/svg+xml' } });
				expect({ url, status: res.status, type: res.headers.get('content-type') }).toEqual({ url, status: 200, type: expect.stringMatching(/^image\/svg\+xml\b/) });
				expect({ url, same: res.text === fs.readFileSync(file, 'utf8') }).toEqual({ url, same: true });
			}
			// a file next to a node that is not an icon, or an icon that is not there, is not served
			const anyNode = [...served.keys()][0];
			expect((await n8nRequest(server, 'GET', `/${anyNode.replace(/[^/]+$/, 'missing.svg')}`, { auth: 'none' })).status).toBe(404);
		});

		it('reports every node\'s codex, read from the <Node>.node.json installed next to it: categories and documentation links', async () => {
			const res = await n8nRequest(server, 'GET', '/types/nodes.json', { auth: 'cookie' });
			expect(res.status).toBe(200);
			const nodes = res.body as Array<{ name: string; codex?: unknown }>;
			const expected = expectedFromPackages();
			for (const dir of nodePackageDirs()) {
				const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; n8n: { nodes: string[] } };
				for (const file of pkg.n8n.nodes) {
					// the codex file as installed from the tarball
					const installedCodex = JSON.parse(fs.readFileSync(path.join(nodesDir, 'node_modules', pkg.name, `${file}on`), 'utf8')) as {
						node: string;
						categories: string[];
						resources: { primaryDocumentation: unknown[]; credentialDocumentation: unknown[] };
					};
					expect(expected.types).toContain(installedCodex.node);
					const reported = nodes.filter((n) => n.name === installedCodex.node);
					expect(reported.length).toBeGreaterThan(0);
					for (const node of reported) {
						// n8n keeps categories and the two documentation lists (no "Custom Nodes": an installed package)
						expect({ type: node.name, codex: node.codex }).toEqual({
							type: installedCodex.node,
							codex: { categories: installedCodex.categories, resources: installedCodex.resources },
						});
					}
					expect(installedCodex.categories.length).toBeGreaterThan(0);
					expect(installedCodex.categories.every((c) => ['Communication', 'Sales'].includes(c))).toBe(true);
					expect(installedCodex.resources.primaryDocumentation[0]).toEqual({ url: expect.stringMatching(/^https:\/\/github\.com\/leadchat\/n8n-nodes-leadchat\/tree\/main\/packages\/node-[a-z]+#readme$/) });
					expect(installedCodex.resources.credentialDocumentation.length).toBeGreaterThanOrEqual(2);
				}
			}
			// every node type of ours is listed, each with its codex
			expect(nodes.filter((n) => expected.types.includes(n.name) && !n.codex)).toEqual([]);
			expect(new Set(nodes.filter((n) => expected.types.includes(n.name)).map((n) => n.name))).toEqual(new Set(expected.types));
			// the categories are what the editor's node panel shows: e.g. Cliengo under Sales and Communication
			expect((nodes.find((n) => n.name === '@leadchat/n8n-nodes-cliengo.cliengo')?.codex as { categories: string[] }).categories).toEqual(['Sales', 'Communication']);
			expect((nodes.find((n) => n.name === '@leadchat/n8n-nodes-crisp.crispTrigger')?.codex as { categories: string[] }).categories).toEqual(['Communication']);
			for (const name of ['chatwootPlatform', 'chatwootClient', 'chatwootCaptain']) {
				const codex = nodes.find((n) => n.name === `@leadchat/n8n-nodes-chatwoot.${name}`)?.codex as { categories: string[]; resources: { primaryDocumentation: Array<{ url: string }> } } | undefined;
				expect({ name, categories: codex?.categories, docs: codex?.resources.primaryDocumentation[0] }).toEqual({
					name,
					categories: ['Communication'],
					docs: { url: 'https://github.com/leadchat/n8n-nodes-leadchat/tree/main/packages/node-chatwoot#readme' },
				});
			}
		});
	});
});

describe('installOurPackages refuses packs it cannot trust', () => {
	let home: N8nHome;
	let work: string;
	beforeAll(() => {
		home = createN8nHome();
		work = path.join(home.dir, 'tmp', 'refuse');
		fs.mkdirSync(work, { recursive: true });
	});

	/** A copy of packages/node-cliengo (package.json and dist/), to change without touching the real one. */
	function packageCopy(name: string): string {
		const src = nodePackageDirs().find((d) => path.basename(d) === 'node-cliengo')!;
		const dir = path.join(work, name, 'node-cliengo');
		fs.mkdirSync(dir, { recursive: true });
		fs.copyFileSync(path.join(src, 'package.json'), path.join(dir, 'package.json'));
		fs.cpSync(path.join(src, 'dist'), path.join(dir, 'dist'), { recursive: true });
		return dir;
	}

	it('without packs.json, or without a pack of the package', () => {
		const empty = path.join(work, 'no-packs');
		fs.mkdirSync(empty);
		expect(() => installOurPackages(home, [packageCopy('a')], { packsDir: empty })).toThrow(
			`installOurPackages: no packs (${empty}/packs.json is missing): run \`node scripts/pack.js\` after the build`,
		);
		fs.writeFileSync(path.join(empty, 'packs.json'), '[]');
		expect(() => installOurPackages(home, [packageCopy('b')], { packsDir: empty })).toThrow(
			`installOurPackages: @leadchat/n8n-nodes-cliengo has no pack in ${empty}/packs.json: run \`node scripts/pack.js\` after the build (packs: ${empty})`,
		);
	});

	it('a pack of another version, or whose tarball is gone', () => {
		const packsDir = path.join(work, 'other');
		fs.mkdirSync(packsDir);
		const real = readPacks().find((p) => p.dir === 'node-cliengo')!;
		fs.writeFileSync(path.join(packsDir, 'packs.json'), JSON.stringify([{ ...real, version: '0.0.1' }]));
		expect(() => installOurPackages(home, [packageCopy('c')], { packsDir })).toThrow(
			`the pack of node-cliengo is @leadchat/n8n-nodes-cliengo@0.0.1, the package is @leadchat/n8n-nodes-cliengo@${real.version}`,
		);
		fs.writeFileSync(path.join(packsDir, 'packs.json'), JSON.stringify([{ ...real, tarball: path.join(packsDir, 'gone.tgz') }]));
		expect(() => installOurPackages(home, [packageCopy('d')], { packsDir })).toThrow(`the tarball ${packsDir}/gone.tgz is missing`);
	});

	it('a package that declares a node API version the running n8n does not support (n8n.n8nNodesApiVersion)', () => {
		const real = readPacks().find((p) => p.dir === 'node-cliengo')!;
		const version = JSON.parse(fs.readFileSync(path.join(N8N_INSTALL_DIR, 'node_modules', 'n8n', 'package.json'), 'utf8')).version as string;
		for (const [declared, problem] of [
			[99, 'it declares node API version 99, this n8n supports up to 1'],
			['1', 'its n8n.n8nNodesApiVersion "1" is malformed'],
		] as const) {
			// The real pack with only package.json's n8n.n8nNodesApiVersion changed (dist/ stays the build).
			const packsDir = path.join(work, `api-${declared}`);
			const unpacked = path.join(packsDir, 'package');
			fs.mkdirSync(unpacked, { recursive: true });
			execFileSync('tar', ['-xzf', real.tarball, '-C', packsDir]);
			const pkgFile = path.join(unpacked, 'package.json');
			const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
			expect(pkg.n8n.n8nNodesApiVersion).toBe(1);
			pkg.n8n.n8nNodesApiVersion = declared;
			fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
			const tarball = path.join(packsDir, path.basename(real.tarball));
			execFileSync('tar', ['-czf', tarball, '-C', packsDir, 'package']);
			fs.writeFileSync(path.join(packsDir, 'packs.json'), JSON.stringify([{ ...real, tarball }]));
			expect(() => installOurPackages(home, [packageCopy(`api-${declared}`)], { packsDir })).toThrow(
				`installOurPackages: n8n ${version} refuses @leadchat/n8n-nodes-cliengo: ${problem} (checkNodesApiVersion of n8n-workflow)`,
			);
		}
	});

	it('a stale pack: the package was rebuilt with other content since it was packed', () => {
		const dir = packageCopy('e');
		const file = path.join(dir, 'dist', 'credentials', 'CliengoApi.credentials.js');
		fs.appendFileSync(file, '\n// rebuilt\n');
		expect(() => installOurPackages(home, [dir])).toThrow(
			/^installOurPackages: the pack of @leadchat\/n8n-nodes-cliengo is stale: dist\/credentials\/CliengoApi\.credentials\.js was rebuilt \(.+\) since the pack was made: run `node scripts\/pack\.js` after the build/,
		);
		fs.writeFileSync(path.join(dir, 'dist', 'extra.js'), '');
		expect(() => installOurPackages(home, [dir])).toThrow('is stale: dist/extra.js is not in the pack');
		// The same bytes with a newer date (a turbo cache hit) are not stale.
		const fresh = packageCopy('f');
		const later = new Date(Date.now() + 60_000);
		fs.utimesSync(path.join(fresh, 'dist', 'credentials', 'CliengoApi.credentials.js'), later, later);
		expect(installOurPackages(home, [fresh])).toEqual(['@leadchat/n8n-nodes-cliengo']);
	});
});
