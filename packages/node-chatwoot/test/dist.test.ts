/**
 * The published build, as n8n loads it: no runtime dependency but the n8n-workflow peer, every
 * node and credential loads and finds its icon, and the built action node has every operation.
 */
import * as path from 'path';
import { buildPackage, distProblems, loadBuilt, type BuiltPackage } from '@leadchat/testkit';

let built: BuiltPackage;
beforeAll(() => {
	built = buildPackage(path.join(__dirname, '..'));
}, 60000);

it('requires nothing but n8n-workflow and Node built-ins, and reads no environment', () => {
	expect(distProblems(built)).toEqual([]);
});

it('loads every node and credential, and the action node has all its operations', () => {
	const loaded = loadBuilt(built);
	expect(Object.keys(loaded).sort()).toEqual([...built.pkg.n8n.nodes, ...built.pkg.n8n.credentials].map((f) => path.basename(f).replace(/\.(node|credentials)\.js$/, '')).sort());
	const ops = (loaded.Chatwoot.description!.properties as Array<{ name: string; options?: unknown[] }>).filter((p) => p.name === 'operation');
	expect(ops.flatMap((p) => p.options)).toHaveLength(225);
});
