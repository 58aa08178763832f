import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distProblems, type BuiltPackage } from '../src';

/** A built package in a temporary folder: package.json listing one node and one credential, and the given dist files. */
function fakeBuild(distFiles: Record<string, string>): BuiltPackage {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-check-'));
	const pkg = { name: 'x', n8n: { nodes: ['dist/nodes/A/A.node.js'], credentials: ['dist/credentials/AApi.credentials.js'] } };
	fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify(pkg));
	for (const [rel, text] of Object.entries(distFiles)) {
		fs.mkdirSync(path.dirname(path.join(root, 'dist', rel)), { recursive: true });
		fs.writeFileSync(path.join(root, 'dist', rel), text);
	}
	return { root, pkg } as BuiltPackage;
}

describe('distProblems with shared chunks', () => {
	it('accepts listed files that require n8n-workflow, built-ins and shared chunks of the same dist', () => {
		const built = fakeBuild({
			'nodes/A/A.node.js': 'require("n8n-workflow"); require("../../chunk-AB12.js");',
			'credentials/AApi.credentials.js': 'require("node:crypto"); require("../chunk-CD34.js");',
			'chunk-AB12.js': 'require("./chunk-CD34.js");',
			'chunk-CD34.js': 'require("url");',
		});
		expect(distProblems(built)).toEqual([]);
	});

	it('names a chunk that requires a package, an orphan chunk, a stray file and a missing listed file', () => {
		const built = fakeBuild({
			'nodes/A/A.node.js': 'require("../../chunk-AB12.js"); require("../../helpers.js");',
			'chunk-AB12.js': 'require("zod"); const e = process.env.X;',
			'chunk-EF56.js': '',
			'nodes/A/extra.js': '',
		});
		expect(distProblems(built).sort()).toEqual(
			[
				'dist/nodes/A/extra.js is neither a listed node or credential nor a shared chunk',
				'dist/credentials/AApi.credentials.js is listed in package.json but not built',
				'dist/nodes/A/A.node.js requires ../../helpers.js',
				'dist/chunk-AB12.js requires zod',
				'dist/chunk-AB12.js reads process.env',
				'dist/chunk-EF56.js is a chunk no node or credential requires',
			].sort(),
		);
	});
});
