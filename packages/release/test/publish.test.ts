import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { PackReport } from '../../../scripts/pack';
import { cleanEnv, nodePackageNames, REPO_ROOT, run } from './helpers';

// scripts/publish-packs.js, the publish step of scripts/release.sh: it publishes the tarballs in
// packs.json (those packed and checked), after the prepublish guard, skipping versions already on
// the registry. Run here with `--dry-run` against a registry on 127.0.0.1 that logs every request.
// Needs the node packages built (turbo runs this package's test after their build).


const PUBLISH = path.join(REPO_ROOT, 'scripts', 'publish-packs.js');
const PACK = path.join(REPO_ROOT, 'scripts', 'pack.js');

/** A registry that knows the versions in `published`, answers 404 for the rest, and logs each request. */
class FakeRegistry {
	readonly requests: string[] = [];
	published = new Map<string, string>();
	failWith?: number;
	private server = http.createServer((req, res) => {
		this.requests.push(`${req.method} ${decodeURIComponent(req.url ?? '')}`);
		req.resume();
		const name = decodeURIComponent((req.url ?? '').slice(1));
		const version = this.published.get(name);
		if (this.failWith) {
			res.writeHead(this.failWith, { 'content-type': 'application/json' });
			res.end('{"error":"registry down"}');
		} else if (req.method === 'GET' && version) {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ name, 'dist-tags': { latest: version }, versions: { [version]: { name, version } } }));
		} else {
			res.writeHead(404, { 'content-type': 'application/json' });
			res.end('{"error":"Not found"}');
		}
	});
	url = '';
	async start(): Promise<void> {
		await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
	}
	async stop(): Promise<void> {
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}

/** Runs a node script without blocking this process (the fake registry answers from here). */
function runAsync(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
		child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

const sha1 = (file: string) => crypto.createHash('sha1').update(fs.readFileSync(file)).digest('hex');

describe('scripts/publish-packs.js publishes the checked tarballs (npm publish --dry-run)', () => {
	const registry = new FakeRegistry();
	let packsDir: string;
	let packs: PackReport[];

	beforeAll(async () => {
		await registry.start();
		packsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-packs-'));
		const packed = run('node', [PACK, '--out', packsDir], { env: cleanEnv() });
		expect(packed.stderr).toBe('');
		packs = JSON.parse(fs.readFileSync(path.join(packsDir, 'packs.json'), 'utf8')) as PackReport[];
	}, 120_000);
	afterAll(async () => {
		await registry.stop();
		fs.rmSync(packsDir, { recursive: true, force: true });
	});
	beforeEach(() => {
		registry.requests.length = 0;
		registry.published.clear();
		registry.failWith = undefined;
	});

	const publish = (env: Record<string, string>, dir = packsDir) =>
		runAsync([PUBLISH, '--packs', dir, '--dry-run'], cleanEnv({ npm_config_registry: registry.url, ...env }));

	it('packs.json records each tarball\'s SHA-1, as npm reports it', () => {
		expect(packs.map((p) => p.dir)).toEqual(nodePackageNames());
		for (const p of packs) {
			expect(p.shasum).toBe(sha1(p.tarball));
			expect(p.integrity).toBe(`sha512-${crypto.createHash('sha512').update(fs.readFileSync(p.tarball)).digest('base64')}`);
		}
	});

	it('outside GitHub Actions the guard refuses before anything reaches the registry', async () => {
		const result = await publish({});
		expect(result.status).toBe(1);
		expect(result.stderr.split('\n')).toEqual([
			`prepublish guard: refusing to publish ${packs[0].name}:`,
			'  - it is not running in GitHub Actions (GITHUB_ACTIONS is not "true")',
			'Releases are made only by the publish workflow (.github/workflows/publish.yml) with npm provenance,',
			'never by hand: add a changeset (`npm run changeset`) and merge the "Version packages" pull request.',
			'See "Releasing" in the README.',
			'publish-packs: nothing was published',
			'',
		]);
		expect(result.stdout).toBe('');
		expect(registry.requests).toEqual([]);
	});

	it('in GitHub Actions it publishes each tarball of packs.json whose version is not on the registry, and skips the one that is', async () => {
		const crisp = packs.find((p) => p.dir === 'node-crisp')!;
		registry.published.set(crisp.name, crisp.version);
		const result = await publish({ GITHUB_ACTIONS: 'true' });
		expect(result.status).toBe(0);
		const output = `${result.stdout}${result.stderr}`;
		for (const p of packs) {
			expect(result.stdout).toContain(`prepublish guard: publishing ${p.name} from GitHub Actions with provenance\n`);
			if (p === crisp) {
				expect(result.stdout).toContain(`publish-packs: ${p.name}@${p.version} is on the registry already: skipped\n`);
				continue;
			}
			// npm publishes the file of packs.json: its own shasum and integrity of what it sends are the recorded ones
			expect(result.stdout).toContain(`publish-packs: publishing ${path.relative(REPO_ROOT, p.tarball)} (SHA-1 ${p.shasum}) (dry run)\n`);
			expect(output).toContain(`npm notice shasum: ${p.shasum}\n`);
			expect(output).toContain(`npm notice filename: ${path.basename(p.tarball)}\n`);
			expect(output).toContain(`+ ${p.name}@${p.version}\n`);
		}
		expect(output).not.toContain(`+ ${crisp.name}@`);
		expect(output.match(/npm notice shasum: /g)).toHaveLength(packs.length - 1);
		expect(output).toContain('with tag latest and public access (dry-run)');
		// npm view per package, npm publish's own version check per publish; nothing is sent (no PUT)
		expect(registry.requests.every((r) => r.startsWith('GET /@leadchat/n8n-nodes-'))).toBe(true);
		expect(new Set(registry.requests)).toEqual(new Set(packs.map((p) => `GET /${p.name}`)));
	}, 120_000);

	it('refuses a tarball changed since it was packed and checked, and a pack of another version', async () => {
		const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-packs-changed-'));
		try {
			const changed = packs.map((p) => ({ ...p, tarball: path.join(copy, path.basename(p.tarball)) }));
			for (const [i, p] of changed.entries()) fs.copyFileSync(packs[i].tarball, p.tarball);
			fs.appendFileSync(changed[1].tarball, Buffer.from([0]));
			fs.writeFileSync(path.join(copy, 'packs.json'), JSON.stringify(changed));
			let result = await publish({ GITHUB_ACTIONS: 'true' }, copy);
			expect(result.status).toBe(1);
			expect(result.stderr).toBe(
				`publish-packs: ${changed[1].name}: ${changed[1].tarball} is not the tarball that was packed and checked (SHA-1 ${sha1(changed[1].tarball)}, packs.json says ${changed[1].shasum})\n`,
			);

			fs.writeFileSync(path.join(copy, 'packs.json'), JSON.stringify([{ ...packs[0], version: '0.0.1' }]));
			result = await publish({ GITHUB_ACTIONS: 'true' }, copy);
			expect(result.status).toBe(1);
			expect(result.stderr).toBe(`publish-packs: ${packs[0].dir}: the pack is ${packs[0].name}@0.0.1, the package is ${packs[0].name}@${packs[0].version}: pack and check again\n`);

			fs.rmSync(path.join(copy, 'packs.json'));
			result = await publish({ GITHUB_ACTIONS: 'true' }, copy);
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(/^publish-packs: .*packs\.json is missing: pack and check first/);
			expect(registry.requests).toEqual([]);
		} finally {
			fs.rmSync(copy, { recursive: true, force: true });
		}
	});

	it('stops when the registry cannot say whether a version is published (an error other than E404)', async () => {
		registry.failWith = 500;
		const result = await publish({ GITHUB_ACTIONS: 'true', npm_config_fetch_retries: '0' });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(new RegExp(`^publish-packs: npm view ${packs[0].name.replace('/', '\\/')}@${packs[0].version} failed`, 'm'));
		expect(result.stdout).not.toContain('publish-packs: publishing');
		expect(registry.requests.every((r) => r === `GET /${packs[0].name}`)).toBe(true);
	}, 120_000);
});
