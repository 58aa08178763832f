/**
 * Every package of ours loads in real n8n: a fresh user folder with the built packages copied in
 * like a community install, then `n8n export:nodes` lists every node type of every package under
 * its published name and n8n reports no load error. The expected types are read from the packages
 * themselves (package.json `n8n.nodes` and the built nodes' descriptions), so a new package needs
 * no edit here.
 */
import fs from 'node:fs';
import path from 'node:path';

import { createN8nHome, installOurPackages, listNodeTypes, nodePackageDirs, type N8nHome } from '../src';

interface Expected {
	packages: string[];
	types: string[];
	/** Node types n8n also offers as AI tools ("<type>Tool"): the nodes marked usableAsTool. */
	tools: string[];
}

function expectedFromPackages(): Expected {
	const out: Expected = { packages: [], types: [], tools: [] };
	for (const dir of nodePackageDirs()) {
		const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name: string; n8n: { nodes: string[] } };
		out.packages.push(pkg.name);
		for (const file of pkg.n8n.nodes) {
			// n8n loads the class named like the file (Crisp.node.js → Crisp).
			const mod = require(path.join(dir, file)) as Record<string, new () => { description: { name: string; usableAsTool?: boolean } }>;
			const { name, usableAsTool } = new mod[path.basename(file).replace(/\.node\.js$/, '')]().description;
			out.types.push(`${pkg.name}.${name}`);
			if (usableAsTool) out.tools.push(`${pkg.name}.${name}Tool`);
		}
	}
	return out;
}

describe('our packages in real n8n', () => {
	let home: N8nHome;
	let installed: string[];

	beforeAll(() => {
		home = createN8nHome();
		installed = installOurPackages(home);
	});

	it('installs every package like a community install (copies, no symlinks)', () => {
		expect(installed.sort()).toEqual(expectedFromPackages().packages.sort());
		expect(installed).toEqual(expect.arrayContaining(['@leadchat/n8n-nodes-chatwoot', '@leadchat/n8n-nodes-cliengo', '@leadchat/n8n-nodes-crisp']));
		const nodes = path.join(home.dir, '.n8n', 'nodes');
		const manifest = JSON.parse(fs.readFileSync(path.join(nodes, 'package.json'), 'utf8'));
		expect(Object.keys(manifest.dependencies).sort()).toEqual(installed.sort());
		for (const name of installed) {
			const dir = path.join(nodes, 'node_modules', name);
			expect(fs.lstatSync(dir).isSymbolicLink()).toBe(false);
			expect(fs.existsSync(path.join(dir, 'package.json'))).toBe(true);
			expect(fs.existsSync(path.join(dir, 'dist'))).toBe(true);
			// Nothing of the workspace's node_modules comes along: n8n-workflow must be n8n's own.
			expect(fs.existsSync(path.join(dir, 'node_modules'))).toBe(false);
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
		// Built-in nodes load too (the instance is healthy).
		expect(types).toContain('n8n-nodes-base.manualTrigger');
	});
});
