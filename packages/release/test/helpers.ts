import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const PNPM = path.join(REPO_ROOT, '.tools', 'pnpm', 'node_modules', '.bin', 'pnpm');

/**
 * The environment of a child process: this one's PATH and HOME, none of the variables that say
 * "GitHub Actions" or "provenance" (CI sets GITHUB_ACTIONS), an npm registry on 127.0.0.1 that
 * answers nothing, and `extra`.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (/^(GITHUB_|RUNNER_|CI$|npm_|NPM_CONFIG_)/i.test(key)) continue;
		env[key] = value;
	}
	return { ...env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_update_notifier: 'false', ...extra };
}

export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
	return spawnSync(command, args, { cwd: options.cwd ?? REPO_ROOT, env: options.env ?? cleanEnv(), encoding: 'utf8', timeout: 60_000 });
}

export interface PackageJson {
	name: string;
	version: string;
	private?: boolean;
	license?: string;
	author?: { name?: string; email?: string; url?: string };
	homepage?: string;
	repository?: { type?: string; url?: string; directory?: string };
	bugs?: { url?: string };
	engines?: Record<string, string>;
	files?: string[];
	scripts?: Record<string, string>;
}

export function readPackage(dir: string): PackageJson {
	return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
}

/** Every packages/node-* folder name (the packages published to npm). */
export function nodePackageNames(): string[] {
	return fs
		.readdirSync(path.join(REPO_ROOT, 'packages'))
		.filter((name) => name.startsWith('node-') && fs.existsSync(path.join(REPO_ROOT, 'packages', name, 'package.json')))
		.sort();
}
