// The types of scripts/pack.js, for the TypeScript that reads its packs.json or calls it
// (packages/e2e, packages/release): `import type { PackReport } from '<…>/scripts/pack'`.

/** One package of packs.json (`.tools/packs/packs.json` by default), as packPackage returns it. */
export interface PackReport {
	/** The package folder's name, e.g. `node-chatwoot`. */
	dir: string;
	name: string;
	version: string;
	/** Absolute path of the tarball. */
	tarball: string;
	/** Packed size in bytes, as npm pack reports it. */
	size: number;
	/** SHA-1 of the tarball, as npm publish reports it. */
	shasum: string;
	integrity: string;
	unpackedSize: number;
	/** PACKED_BUDGET of the package, in bytes (undefined: none set). */
	budget?: number;
	/** The tarball's files (paths inside `package/`), sorted. */
	files: string[];
}

export const PACKED_BUDGET: Record<string, number>;
export const STRIPPED_FIELDS: string[];
export const DEFAULT_OUT: string;
export function nodePackageDirs(): string[];
export function publishedManifest(pkg: Record<string, unknown>): Record<string, unknown>;
export function workspaceRanges(manifest: unknown): string[];
export function packPackage(dir: string, outDir?: string): PackReport;
export function packAll(dirs?: string[], outDir?: string): PackReport[];
export function budgetProblems(report: Pick<PackReport, 'dir' | 'size' | 'budget'>): string[];
