/**
 * Every package of ours loads in real n8n: a fresh user folder with the built packages copied in
 * like a community install, then `n8n export:nodes` lists all 5 node types under the published
 * names and n8n reports no load error.
 */
import fs from 'node:fs';
import path from 'node:path';

import { createN8nHome, installOurPackages, listNodeTypes, type N8nHome } from '../src';

const OUR_TYPES = [
	'@leadchat/n8n-nodes-chatwoot.chatwoot',
	'@leadchat/n8n-nodes-chatwoot.chatwootTrigger',
	'@leadchat/n8n-nodes-cliengo.cliengo',
	'@leadchat/n8n-nodes-cliengo.cliengoTrigger',
	'@leadchat/n8n-nodes-cliengo.cliengoWebhookTrigger',
];

describe('our packages in real n8n', () => {
	let home: N8nHome;
	let installed: string[];

	beforeAll(() => {
		home = createN8nHome();
		installed = installOurPackages(home);
	});

	it('installs both packages like a community install (copies, no symlinks)', () => {
		expect(installed.sort()).toEqual(['@leadchat/n8n-nodes-chatwoot', '@leadchat/n8n-nodes-cliengo']);
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

	it('lists all 5 node types under the published names, without load errors', async () => {
		const { types, loadErrors } = await listNodeTypes(home);
		expect(loadErrors).toEqual([]);
		const ours = types.filter((t) => t.startsWith('@leadchat/'));
		expect(ours).toEqual(expect.arrayContaining(OUR_TYPES));
		// n8n adds an AI-tool variant ("<name>Tool") of every node marked usableAsTool; nothing else.
		const extra = ours.filter((t) => !OUR_TYPES.includes(t));
		for (const t of extra) expect(OUR_TYPES).toContain(t.replace(/Tool$/, ''));
		expect(extra.sort()).toEqual(['@leadchat/n8n-nodes-chatwoot.chatwootTool', '@leadchat/n8n-nodes-cliengo.cliengoTool']);
		// Built-in nodes load too (the instance is healthy).
		expect(types).toContain('n8n-nodes-base.manualTrigger');
	});
});
