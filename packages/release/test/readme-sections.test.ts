import fs from 'node:fs';
import path from 'node:path';
import { nodePackageNames, readPackage, REPO_ROOT } from './helpers';

// The sections every node package's README has (the README is published with the package and is
// the page the codex files link to), and its example table: exactly the examples that use the package.

const SECTIONS = ['Install', 'Credentials', 'Triggers', 'Operations', 'Example workflows', 'n8n versions tested', 'License'];
const EXAMPLES = path.join(REPO_ROOT, 'examples');

/** The examples whose workflow.json holds a node of the package, sorted. */
function examplesUsing(packageName: string): string[] {
	return fs
		.readdirSync(EXAMPLES)
		.filter((name) => {
			const file = path.join(EXAMPLES, name, 'workflow.json');
			if (!fs.existsSync(file)) return false;
			const workflow = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Array<{ type: string }> };
			return workflow.nodes.some((n) => n.type.startsWith(`${packageName}.`));
		})
		.sort();
}

describe('node package READMEs', () => {
	for (const dir of nodePackageNames()) {
		const root = path.join(REPO_ROOT, 'packages', dir);
		const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
		const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

		it(`${dir}: has the sections ${SECTIONS.join(', ')}`, () => {
			expect(SECTIONS.filter((s) => !headings.includes(s))).toEqual([]);
			expect(readme).toMatch(/^## License\n\n\[MIT\]\(\.\.\/\.\.\/LICENSE\)/m);
			expect(readPackage(root).license).toBe('MIT');
			expect(fs.existsSync(path.join(REPO_ROOT, 'LICENSE'))).toBe(true);
			expect(readme).toMatch(/^\| 2\.40\.7 \| 24 \| /m);
		});

		it(`${dir}: its example table lists exactly the examples that use the package, and each link resolves`, () => {
			const section = readme.slice(readme.indexOf('## Example workflows'), readme.indexOf('## n8n versions tested'));
			const linked = [...section.matchAll(/^\| \[`([^`]+)`\]\(\.\.\/\.\.\/examples\/([^)]+)\) \|/gm)].map((m) => {
				expect(m[2]).toBe(m[1]);
				expect(fs.existsSync(path.join(root, '..', '..', 'examples', m[2], 'README.md'))).toBe(true);
				return m[1];
			});
			const using = examplesUsing(readPackage(root).name);
			expect(using.length).toBeGreaterThan(0);
			expect(linked).toEqual(using);
		});
	}
});
