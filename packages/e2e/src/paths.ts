import fs from 'node:fs';
import path from 'node:path';

/** The repository root (this file is packages/e2e/src/paths.ts). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const TOOLS_DIR = path.join(REPO_ROOT, '.tools');
export const NODE24_BIN = path.join(TOOLS_DIR, 'node24', 'bin', 'node');
/**
 * Which installed n8n the harness runs, as in scripts/n8n-env.sh and scripts/install-n8n.sh:
 * `N8N_DIR_NAME` (a folder under .tools), else `N8N_VARIANT=next` (.tools/n8n-next, the newer n8n of
 * `install-n8n.sh --next`), else the pinned one in .tools/n8n.
 */
export const N8N_DIR_NAME = n8nDirName(process.env);
export const N8N_INSTALL_DIR = path.join(TOOLS_DIR, N8N_DIR_NAME);
export const N8N_BIN = path.join(N8N_INSTALL_DIR, 'node_modules', 'n8n', 'bin', 'n8n');
export const N8N_ENV_SCRIPT = path.join(REPO_ROOT, 'scripts', 'n8n-env.sh');
export const E2E_HOMES_DIR = path.join(TOOLS_DIR, 'e2e-homes');
/** Where scripts/pack.js puts the node packages' tarballs and packs.json. */
export const PACKS_DIR = path.join(TOOLS_DIR, 'packs');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

export function n8nDirName(env: NodeJS.ProcessEnv): string {
	const name = env.N8N_DIR_NAME || (env.N8N_VARIANT === 'next' ? 'n8n-next' : 'n8n');
	if (!/^n8n[A-Za-z0-9._-]*$/.test(name)) throw new Error(`N8N_DIR_NAME must be a folder under .tools starting with n8n, not ${name}`);
	return name;
}

/** The version of the n8n the harness runs (its installed package.json). */
export function installedN8nVersion(): string {
	return (JSON.parse(fs.readFileSync(path.join(N8N_INSTALL_DIR, 'node_modules', 'n8n', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Every packages/node-* folder. */
export function nodePackageDirs(): string[] {
	const packages = path.join(REPO_ROOT, 'packages');
	return fs
		.readdirSync(packages)
		.filter((name) => name.startsWith('node-') && fs.existsSync(path.join(packages, name, 'package.json')))
		.sort()
		.map((name) => path.join(packages, name));
}

/** Throws a clear error when the pinned n8n or Node 24 is missing. */
export function assertN8nInstalled(): void {
	const missing = [NODE24_BIN, N8N_BIN].filter((file) => !fs.existsSync(file));
	if (missing.length) {
		const install = N8N_DIR_NAME === 'n8n-next' ? 'bash scripts/install-n8n.sh --next' : N8N_DIR_NAME === 'n8n' ? 'bash scripts/install-n8n.sh' : `N8N_DIR_NAME=${N8N_DIR_NAME} N8N_VERSION=<version> bash scripts/install-n8n.sh`;
		throw new Error(`n8n is not installed (missing ${missing.join(', ')}): run \`${install}\` first`);
	}
}
