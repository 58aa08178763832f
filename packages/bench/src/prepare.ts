/**
 * What every benchmark measures first: the code as it is now, built and packed (the packed sizes,
 * and the tarballs real n8n installs), and the pinned n8n when a benchmark runs it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

const log = (line: string) => process.stderr.write(`${line}\n`);

function run(command: string, args: string[]): void {
	log(`$ ${command} ${args.join(' ')}`);
	execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** The version of the n8n installed in `.tools/<dir>`, or undefined. */
export function n8nVersion(dir = 'n8n'): string | undefined {
	const file = path.join(ROOT, '.tools', dir, 'node_modules', 'n8n', 'package.json');
	return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version : undefined;
}

/** Builds and packs the node packages; installs the pinned n8n when `n8n` and it is missing. */
export function prepareCode(opts: { n8n: boolean }): void {
	run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=./packages/node-*', '--output-logs=errors-only']);
	run(process.execPath, ['scripts/pack.js']);
	if (opts.n8n && !n8nVersion()) run('bash', ['scripts/install-n8n.sh']);
}
