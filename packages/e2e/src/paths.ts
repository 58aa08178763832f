import fs from 'node:fs';
import path from 'node:path';

/** The repository root (this file is packages/e2e/src/paths.ts). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const TOOLS_DIR = path.join(REPO_ROOT, '.tools');
export const NODE24_BIN = path.join(TOOLS_DIR, 'node24', 'bin', 'node');
export const N8N_BIN = path.join(TOOLS_DIR, 'n8n', 'node_modules', 'n8n', 'bin', 'n8n');
export const N8N_ENV_SCRIPT = path.join(REPO_ROOT, 'scripts', 'n8n-env.sh');
export const E2E_HOMES_DIR = path.join(TOOLS_DIR, 'e2e-homes');
/** Where scripts/pack.js puts the node packages' tarballs and packs.json. */
export const PACKS_DIR = path.join(TOOLS_DIR, 'packs');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

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
		throw new Error(`n8n is not installed (missing ${missing.join(', ')}): run \`bash scripts/install-n8n.sh\` first`);
	}
}
