import path from 'node:path';
import { cleanEnv, PNPM, REPO_ROOT, run } from './helpers';

const GUARD = path.join(REPO_ROOT, 'scripts', 'prepublish-guard.js');
const NOT_ACTIONS = '  - it is not running in GitHub Actions (GITHUB_ACTIONS is not "true")';
const NO_PROVENANCE = '  - npm provenance is off (publish with --provenance, or set NPM_CONFIG_PROVENANCE=true)';

function guard(env: Record<string, string>) {
	return run('node', [GUARD], { env: cleanEnv({ npm_package_name: '@leadchat/n8n-nodes-crisp', ...env }) });
}

describe('scripts/prepublish-guard.js', () => {
	it('refuses a publish outside GitHub Actions and without provenance, naming both reasons and the way to release', () => {
		const result = guard({});
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.split('\n')).toEqual([
			'prepublish guard: refusing to publish @leadchat/n8n-nodes-crisp:',
			NOT_ACTIONS,
			NO_PROVENANCE,
			'Releases are made only by the publish workflow (.github/workflows/publish.yml) with npm provenance,',
			'never by hand: add a changeset (`npm run changeset`) and merge the "Version packages" pull request.',
			'See "Releasing" in the README.',
			'',
		]);
	});

	it('refuses a publish from GitHub Actions without provenance', () => {
		const result = guard({ GITHUB_ACTIONS: 'true' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(NO_PROVENANCE);
		expect(result.stderr).not.toContain(NOT_ACTIONS);
	});

	it('refuses a publish with provenance outside GitHub Actions', () => {
		for (const env of <Record<string, string>[]>[{ npm_config_provenance: 'true' }, { NPM_CONFIG_PROVENANCE: 'true' }]) {
			const result = guard(env);
			expect(result.status).toBe(1);
			expect(result.stderr).toContain(NOT_ACTIONS);
			expect(result.stderr).not.toContain(NO_PROVENANCE);
		}
	});

	it('takes only "true": provenance "false" or empty, GITHUB_ACTIONS "1" are refused', () => {
		for (const env of <Record<string, string>[]>[
			{ GITHUB_ACTIONS: 'true', npm_config_provenance: 'false' },
			{ GITHUB_ACTIONS: 'true', npm_config_provenance: '' },
			{ GITHUB_ACTIONS: '1', npm_config_provenance: 'true' },
			{ GITHUB_ACTIONS: 'false', NPM_CONFIG_PROVENANCE: 'true' },
		]) {
			expect(guard(env).status).toBe(1);
		}
	});

	it('passes in GitHub Actions with provenance, from the flag (npm_config_provenance) or the environment (NPM_CONFIG_PROVENANCE)', () => {
		for (const env of <Record<string, string>[]>[
			{ GITHUB_ACTIONS: 'true', npm_config_provenance: 'true' },
			{ GITHUB_ACTIONS: 'true', NPM_CONFIG_PROVENANCE: 'true' },
		]) {
			const result = guard(env);
			expect(result.status).toBe(0);
			expect(result.stderr).toBe('');
			expect(result.stdout).toBe('prepublish guard: publishing @leadchat/n8n-nodes-crisp from GitHub Actions with provenance\n');
		}
	});
});

describe('the guard stops a real publish of a node package', () => {
	const crisp = path.join(REPO_ROOT, 'packages', 'node-crisp');

	it('`npm publish --dry-run` by hand stops in prepublishOnly, before packing', () => {
		const result = run('npm', ['publish', '--dry-run'], { cwd: crisp });
		expect(result.status).not.toBe(0);
		expect(result.stderr).toContain('prepublish guard: refusing to publish @leadchat/n8n-nodes-crisp:');
		expect(result.stderr).toContain(NOT_ACTIONS);
		expect(result.stderr).toContain(NO_PROVENANCE);
		// npm prints the tarball's contents only once it packs
		expect(`${result.stdout}${result.stderr}`).not.toContain('Tarball Contents');
	});

	it('`pnpm publish --dry-run --provenance` outside GitHub Actions stops too (pnpm passes the flag on as npm_config_provenance)', () => {
		const result = run(PNPM, ['publish', '--dry-run', '--provenance', '--no-git-checks'], { cwd: crisp });
		expect(result.status).not.toBe(0);
		expect(result.stderr + result.stdout).toContain('prepublish guard: refusing to publish @leadchat/n8n-nodes-crisp:');
		expect(result.stderr + result.stdout).toContain(NOT_ACTIONS);
		expect(result.stderr + result.stdout).not.toContain(NO_PROVENANCE);
	});

	it('the same prepublishOnly script passes with GitHub Actions and provenance', () => {
		const result = run('npm', ['run', '--silent', 'prepublishOnly'], { cwd: crisp, env: cleanEnv({ GITHUB_ACTIONS: 'true', NPM_CONFIG_PROVENANCE: 'true' }) });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toBe('prepublish guard: publishing @leadchat/n8n-nodes-crisp from GitHub Actions with provenance\n');
	});
});
