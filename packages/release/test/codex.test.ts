import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { nodePackageNames, REPO_ROOT } from './helpers';

// Every node ships its codex file (<Node>.node.json) next to the built <Node>.node.js: n8n's loader
// reads `${file}on` for the node's categories and documentation links (without it the editor shows
// `codex: null`). Needs the node packages built (turbo runs this package's test after their build);
// pack.test.ts shows dist/ reaches the tarball byte for byte.

interface Codex {
	node: string;
	nodeVersion: string;
	codexVersion: string;
	categories: string[];
	resources: { credentialDocumentation: Array<{ url: string }>; primaryDocumentation: Array<{ url: string }> };
}
interface Manifest {
	name: string;
	homepage: string;
	n8n: { nodes: string[]; credentials: string[] };
}

/** The categories n8n's node panel sorts app nodes into (those of n8n-nodes-base 2.40.7's codex files). */
const N8N_CATEGORIES = ['Analytics', 'Communication', 'Data & Storage', 'Development', 'Finance & Accounting', 'Marketing', 'Miscellaneous', 'Productivity', 'Sales', 'Utility'];
/** The categories each platform's nodes are listed under. */
const CATEGORIES: Record<string, string[]> = {
	'node-chatwoot': ['Communication'],
	'node-cliengo': ['Sales', 'Communication'],
	'node-crisp': ['Communication'],
	'node-chaport': ['Communication'],
};

/** Loads a built file (CommonJS, as n8n loads it). */
const load = createRequire(__filename);

function files(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('codex files (<Node>.node.json) of every node', () => {
	for (const dir of nodePackageNames()) {
		const root = path.join(REPO_ROOT, 'packages', dir);
		const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
		const readmeUrl = pkg.homepage.replace(/#readme$/, '');

		it(`${dir}: each node source has its codex, and the build copies it next to the node's .js byte for byte`, () => {
			const sources = files(path.join(root, 'nodes')).filter((f) => f.endsWith('.node.ts'));
			expect(sources.map((f) => path.relative(root, f)).sort()).toEqual(pkg.n8n.nodes.map((f) => f.replace(/^dist\//, '').replace(/\.js$/, '.ts')).sort());
			for (const source of sources) {
				const codex = source.replace(/\.ts$/, '.json');
				const built = path.join(root, 'dist', path.relative(root, codex));
				expect({ codex: path.relative(root, codex), exists: fs.existsSync(codex) }).toEqual({ codex: path.relative(root, codex), exists: true });
				expect({ built: path.relative(root, built), same: fs.existsSync(built) && fs.readFileSync(built).equals(fs.readFileSync(codex)) }).toEqual({
					built: path.relative(root, built),
					same: true,
				});
			}
			// nothing in dist/ but the built files, their shared chunks, the icons and the codex files
			expect(files(path.join(root, 'dist')).filter((f) => !/\.(node\.js|credentials\.js|svg|node\.json)$/.test(f) && !/\/dist\/chunk-[A-Z0-9]+\.js$/.test(f))).toEqual([]);
			expect(files(path.join(root, 'dist')).filter((f) => f.endsWith('.node.json'))).toHaveLength(pkg.n8n.nodes.length);
		});

		it(`${dir}: each codex names its node type, its categories, the platform's credential docs and the package README`, () => {
			const credentialDocs = new Map<string, string>();
			for (const file of pkg.n8n.credentials) {
				const mod = load(path.join(root, file)) as Record<string, new () => { name: string; documentationUrl?: string }>;
				const type = new mod[path.basename(file).replace(/\.credentials\.js$/, '')]();
				credentialDocs.set(type.name, type.documentationUrl ?? '');
			}
			const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
			expect(readme).toMatch(/^## Credentials$/m); // the #credentials anchor the codex links to

			for (const file of pkg.n8n.nodes) {
				const cls = path.basename(file).replace(/\.node\.js$/, '');
				const mod = load(path.join(root, file)) as Record<string, new () => { description: { name: string; version: number; credentials?: Array<{ name: string }> } }>;
				const { name, version, credentials = [] } = new mod[cls]().description;
				const codex = JSON.parse(fs.readFileSync(path.join(root, `${file}on`), 'utf8')) as Codex;

				expect(Object.keys(codex).sort()).toEqual(['categories', 'codexVersion', 'node', 'nodeVersion', 'resources']);
				expect({ cls, node: codex.node, nodeVersion: codex.nodeVersion, codexVersion: codex.codexVersion }).toEqual({
					cls,
					node: `${pkg.name}.${name}`,
					nodeVersion: `${version}.0`,
					codexVersion: '1.0',
				});
				expect({ cls, categories: codex.categories }).toEqual({ cls, categories: CATEGORIES[dir] });
				for (const category of codex.categories) expect(N8N_CATEGORIES).toContain(category);

				const { primaryDocumentation, credentialDocumentation } = codex.resources;
				// the package README first (what n8n's "Docs" link opens), then the platform's API reference
				expect(primaryDocumentation[0]).toEqual({ url: pkg.homepage });
				expect(primaryDocumentation.length).toBe(2);
				// the platform's page for each credential the node takes, then the README's Credentials section
				const expectedCredentialDocs = [...new Set(credentials.map((c) => credentialDocs.get(c.name)!))].map((url) => ({ url }));
				expect(expectedCredentialDocs.length).toBeGreaterThan(0);
				expect({ cls, credentialDocumentation }).toEqual({ cls, credentialDocumentation: [...expectedCredentialDocs, { url: `${readmeUrl}#credentials` }] });
				for (const { url } of [...primaryDocumentation, ...credentialDocumentation]) expect(url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
			}
		});
	}
});
