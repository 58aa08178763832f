import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { nodePackageNames, readPackage, REPO_ROOT } from './helpers';

const REPO = 'https://github.com/leadchat/n8n-nodes-leadchat';

describe('LICENSE', () => {
	it('the repository has an MIT LICENSE for LeadChat contributors', () => {
		const text = fs.readFileSync(path.join(REPO_ROOT, 'LICENSE'), 'utf8');
		expect(text.split('\n').slice(0, 3)).toEqual(['MIT License', '', 'Copyright (c) 2026 LeadChat contributors']);
		expect(text).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
	});

	it('the node packages\' build (packages/config/tsup-node-package.js) copies it into the package folder, where npm packs it', async () => {
		const load = createRequire(__filename);
		const { nodePackageConfig } = load(path.join(REPO_ROOT, 'packages', 'config', 'tsup-node-package.js')) as {
			nodePackageConfig: (dir: string) => { onSuccess: () => Promise<void> };
		};
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node-pkg-'));
		try {
			await nodePackageConfig(dir).onSuccess();
			expect(fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8')).toBe(fs.readFileSync(path.join(REPO_ROOT, 'LICENSE'), 'utf8'));
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('publishing metadata of every node package', () => {
	const names = nodePackageNames();

	it('finds the node packages', () => {
		expect(names).toEqual(expect.arrayContaining(['node-chatwoot', 'node-cliengo', 'node-crisp', 'node-chaport']));
	});

	for (const dir of names) {
		it(`${dir}: author, homepage, repository (with its folder), bugs, engines, MIT, public, and the prepublishOnly guard`, () => {
			const pkg = readPackage(path.join(REPO_ROOT, 'packages', dir));
			expect(pkg.name).toBe(`@leadchat/n8n-nodes-${dir.replace(/^node-/, '')}`);
			expect(pkg.private).toBeUndefined();
			expect(pkg.license).toBe('MIT');
			expect(pkg.author).toEqual({ name: 'LeadChat contributors', url: 'https://github.com/leadchat' });
			expect(pkg.homepage).toBe(`${REPO}/tree/main/packages/${dir}#readme`);
			expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPO}.git`, directory: `packages/${dir}` });
			expect(pkg.bugs).toEqual({ url: `${REPO}/issues` });
			expect(pkg.engines).toEqual({ node: '>=20' });
			expect(pkg.scripts?.prepublishOnly).toBe('node ../../scripts/prepublish-guard.js');
			expect(fs.existsSync(path.join(REPO_ROOT, 'packages', dir, pkg.scripts!.prepublishOnly.split(' ')[1]))).toBe(true);
		});
	}
});
