import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanEnv, nodePackageNames, readPackage, REPO_ROOT, run as runIn } from './helpers';

const CHANGESET = path.join(REPO_ROOT, 'node_modules', '.bin', 'changeset');

/**
 * git's identity for the commits and tags made here, for `git` and for `changeset tag` (which runs
 * git itself): a fresh machine has no ~/.gitconfig, and without a name git refuses to tag, which
 * `changeset tag` reports with exit code 0.
 */
const IDENTITY = { GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@127.0.0.1', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@127.0.0.1', GIT_CONFIG_GLOBAL: '/dev/null' };
const run = (command: string, args: string[], options: { cwd: string }) => runIn(command, args, { ...options, env: cleanEnv(IDENTITY) });

/**
 * A copy of the workspace's manifests (root package.json, pnpm-workspace.yaml, every package's
 * package.json, .changeset/config.json) in a new git repository, with the real node_modules linked,
 * so `changeset version` and `changeset tag` run there without touching this tree.
 */
function copyWorkspace(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'changesets-'));
	for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json']) {
		fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		fs.copyFileSync(path.join(REPO_ROOT, file), path.join(dir, file));
	}
	for (const name of fs.readdirSync(path.join(REPO_ROOT, 'packages'))) {
		const manifest = path.join(REPO_ROOT, 'packages', name, 'package.json');
		if (!fs.existsSync(manifest)) continue;
		fs.mkdirSync(path.join(dir, 'packages', name), { recursive: true });
		fs.copyFileSync(manifest, path.join(dir, 'packages', name, 'package.json'));
	}
	fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
	fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules\n');
	git(dir, 'init', '-q', '-b', 'main');
	git(dir, 'add', '.');
	git(dir, 'commit', '-q', '-m', 'workspace');
	return dir;
}

function git(cwd: string, ...args: string[]): string {
	const result = run('git', ['-c', 'user.name=test', '-c', 'user.email=test@127.0.0.1', '-c', 'commit.gpgsign=false', ...args], { cwd });
	if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
	return result.stdout;
}

describe('changesets (the version pull request and the tags of publish.yml)', () => {
	let dir: string;
	beforeAll(() => {
		dir = copyWorkspace();
	});
	afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

	it('`changeset version` bumps the package a changeset names, writes its changelog, and leaves the others alone', () => {
		const before = Object.fromEntries(fs.readdirSync(path.join(dir, 'packages')).map((name) => [name, readPackage(path.join(dir, 'packages', name)).version]));
		fs.writeFileSync(path.join(dir, '.changeset', 'crisp-pages.md'), "---\n'@leadchat/n8n-nodes-crisp': minor\n---\n\nCrisp: a new operation.\n");
		git(dir, 'add', '.');
		git(dir, 'commit', '-q', '-m', 'Crisp: a new operation');
		const result = run(CHANGESET, ['version'], { cwd: dir });
		expect(result.stderr).not.toMatch(/error/i);
		expect(result.status).toBe(0);

		const after = Object.fromEntries(fs.readdirSync(path.join(dir, 'packages')).map((name) => [name, readPackage(path.join(dir, 'packages', name)).version]));
		expect(after).toEqual({ ...before, 'node-crisp': '0.2.0' });
		expect(fs.readFileSync(path.join(dir, 'packages', 'node-crisp', 'CHANGELOG.md'), 'utf8')).toMatch(
			/^# @leadchat\/n8n-nodes-crisp\n\n## 0\.2\.0\n\n### Minor Changes\n\n- [0-9a-f]{7}: Crisp: a new operation\.\n$/,
		);
		expect(fs.existsSync(path.join(dir, '.changeset', 'crisp-pages.md'))).toBe(false);
		expect(fs.readdirSync(path.join(dir, 'packages')).filter((name) => fs.existsSync(path.join(dir, 'packages', name, 'CHANGELOG.md')))).toEqual(['node-crisp']);
	});

	it('`changeset tag` tags each published package\'s version once, never a private package', () => {
		git(dir, 'add', '.');
		git(dir, 'commit', '-q', '-m', 'Version packages');
		const first = run(CHANGESET, ['tag'], { cwd: dir });
		expect(first.status).toBe(0);
		const published = nodePackageNames()
			.map((name) => readPackage(path.join(dir, 'packages', name)))
			.filter((pkg) => !pkg.private);
		const expected = published.map((pkg) => `${pkg.name}@${pkg.version}`).sort();
		expect(expected).toContain('@leadchat/n8n-nodes-crisp@0.2.0');
		expect(git(dir, 'tag', '--list').trim().split('\n').sort()).toEqual(expected);
		// changesets/action reads these lines to push the tags and make the GitHub releases
		const lines = `${first.stdout}${first.stderr}`.split('\n').filter((line) => line.includes('New tag:'));
		expect(lines.map((line) => line.replace(/^.*New tag:\s+/, '').trim()).sort()).toEqual(expected);

		const again = run(CHANGESET, ['tag'], { cwd: dir });
		expect(again.status).toBe(0);
		expect(`${again.stdout}${again.stderr}`).not.toContain('New tag:');
	});
});
