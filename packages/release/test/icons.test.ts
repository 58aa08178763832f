import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { PackReport } from '../../../scripts/pack';
import { nodePackageNames, REPO_ROOT, run } from './helpers';

// Every node and every credential of every package declares a light and a dark icon, the package's
// one pair in dist/icons ({ light: 'file:../../icons/<platform>.svg', dark: …'.dark.svg' } from a
// node, 'file:../icons/…' from a credential: n8n resolves the path from the built .js, inside the
// package), and the packed tarball holds both files where they point, each a small standalone SVG
// that n8n can serve as it is: one <svg> root with a square viewBox, no script, no event handler,
// no raster <image>, no reference outside the file. The dark file is not the light one (each logo
// is redrawn for n8n's dark canvas). Needs the node packages built (turbo runs this package's test
// after their build).

/** Icons are drawn to stay small; n8n serves them as they are. */
const MAX_ICON_BYTES = 4096;

type Themed = string | { light?: string; dark?: string } | undefined;

const load = createRequire(__filename);

/**
 * What is wrong with an SVG file meant to be served standalone (an empty list: nothing).
 * A strict reading of the little XML an icon needs: elements, quoted attributes, comments, an XML
 * declaration; a DOCTYPE or entity (which could pull in other files) is refused.
 */
function svgProblems(text: string): string[] {
	const problems: string[] = [];
	const stack: string[] = [];
	let root: { name: string; attrs: Record<string, string> } | undefined;
	let rest = text.replace(/^\uFEFF/, '').replace(/^\s*<\?xml\s[^?]*\?>/, '');
	while (rest.length) {
		const lt = rest.indexOf('<');
		const chunk = lt < 0 ? rest : rest.slice(0, lt);
		if (chunk.trim() && !['title', 'desc', 'style'].includes(stack[stack.length - 1] ?? '')) problems.push(`text outside an element: ${JSON.stringify(chunk.trim().slice(0, 40))}`);
		if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(chunk)) problems.push('an entity reference');
		if (lt < 0) break;
		rest = rest.slice(lt);
		if (rest.startsWith('<!--')) {
			const end = rest.indexOf('-->');
			if (end < 0) return [...problems, 'an unclosed comment'];
			rest = rest.slice(end + 3);
			continue;
		}
		if (rest.startsWith('<!') || rest.startsWith('<?')) return [...problems, `a declaration or instruction: ${rest.slice(0, 20)}`];
		const close = /^<\/([A-Za-z][\w:.-]*)\s*>/.exec(rest);
		if (close) {
			const open = stack.pop();
			if (open !== close[1]) return [...problems, `</${close[1]}> closes <${open ?? 'nothing'}>`];
			rest = rest.slice(close[0].length);
			continue;
		}
		const tag = /^<([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(rest);
		if (!tag) return [...problems, `a malformed tag: ${rest.slice(0, 40)}`];
		const [whole, name, attrText, selfClosing] = tag;
		const attrs: Record<string, string> = {};
		for (const m of attrText.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
			if (m[1] in attrs) problems.push(`<${name}> repeats ${m[1]}`);
			attrs[m[1]] = m[2] ?? m[3];
		}
		if (!root) {
			if (stack.length === 0) root = { name, attrs };
		} else if (stack.length === 0) problems.push(`a second root element <${name}>`);
		if (/^(script|image|foreignObject|iframe|embed|object|audio|video)$/i.test(name)) problems.push(`a <${name}> element`);
		for (const [attr, value] of Object.entries(attrs)) {
			if (/^on/i.test(attr)) problems.push(`an event handler ${attr} on <${name}>`);
			if (/(^|:)href$/.test(attr) && !value.startsWith('#')) problems.push(`a reference outside the file: ${attr}="${value}"`);
			for (const url of value.matchAll(/url\(\s*['"]?([^'")]*)/g)) if (!url[1].startsWith('#')) problems.push(`a reference outside the file: url(${url[1]})`);
			if (/javascript:|@import/i.test(value)) problems.push(`${attr}="${value}" on <${name}>`);
		}
		if (name === 'style' && !selfClosing) {
			const end = rest.indexOf('</style>');
			const css = end < 0 ? '' : rest.slice(whole.length, end);
			if (/@import|url\(\s*['"]?(?!#)/i.test(css)) problems.push('a <style> that loads something');
		}
		if (!selfClosing) stack.push(name);
		rest = rest.slice(whole.length);
	}
	if (stack.length) problems.push(`<${stack[stack.length - 1]}> is not closed`);
	if (!root) return [...problems, 'no root element'];
	if (root.name !== 'svg') problems.push(`the root is <${root.name}>, not <svg>`);
	if (root.attrs.xmlns !== 'http://www.w3.org/2000/svg') problems.push('the root has no xmlns="http://www.w3.org/2000/svg"');
	const viewBox = /^\s*(-?[\d.]+)[\s,]+(-?[\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*$/.exec(root.attrs.viewBox ?? '');
	if (!viewBox) problems.push('the root has no viewBox');
	else if (Number(viewBox[3]) <= 0 || Number(viewBox[3]) !== Number(viewBox[4])) problems.push(`the viewBox ${root.attrs.viewBox} is not square`);
	return problems;
}

/** The light and dark file names an icon declaration names ('file:x.svg' or { light, dark }). */
function themedFiles(icon: Themed): { light?: string; dark?: string } {
	if (typeof icon === 'string') return { light: icon };
	return { light: icon?.light, dark: icon?.dark };
}

describe('svgProblems', () => {
	const ok = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="31" fill="#2781F6"/></svg>';

	it('finds nothing wrong with a small standalone SVG (declaration, comment, gradient referenced in the file)', () => {
		expect(svgProblems(ok)).toEqual([]);
		expect(
			svgProblems(
				'<?xml version="1.0" encoding="UTF-8"?>\n<!-- logo --><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96"><title>x &amp; y</title><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><circle r="3" fill="url(#g)"/></svg>\n',
			),
		).toEqual([]);
	});

	it('names each problem', () => {
		const wrap = (inner: string, root = 'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"') => `<svg ${root}>${inner}</svg>`;
		expect(svgProblems(wrap('<script>alert(1)</script>'))).toEqual(['a <script> element', 'text outside an element: "alert(1)"']);
		expect(svgProblems(wrap('<image href="data:image/png;base64,AAAA"/>'))).toEqual(['a <image> element', 'a reference outside the file: href="data:image/png;base64,AAAA"']);
		expect(svgProblems(wrap('<use xlink:href="https://example.com/a.svg#x"/>'))).toEqual(['a reference outside the file: xlink:href="https://example.com/a.svg#x"']);
		expect(svgProblems(wrap('<rect fill="url(https://example.com/p)"/>'))).toEqual(['a reference outside the file: url(https://example.com/p)']);
		expect(svgProblems(wrap('<rect onclick="x()"/>'))).toEqual(['an event handler onclick on <rect>']);
		expect(svgProblems(wrap('<style>@import "https://example.com/a.css";</style>'))).toEqual(['a <style> that loads something']);
		expect(svgProblems(wrap('', 'xmlns="http://www.w3.org/2000/svg"'))).toEqual(['the root has no viewBox']);
		expect(svgProblems(wrap('', 'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"'))).toEqual(['the viewBox 0 0 64 32 is not square']);
		expect(svgProblems(wrap('', 'viewBox="0 0 64 64"'))).toEqual(['the root has no xmlns="http://www.w3.org/2000/svg"']);
		expect(svgProblems('<g xmlns="http://www.w3.org/2000/svg"></g>')).toEqual(['the root is <g>, not <svg>', 'the root has no viewBox']);
		expect(svgProblems(ok.replace('</svg>', ''))).toEqual(['<svg> is not closed']);
		expect(svgProblems(ok.replace('r="31"', 'r=31'))).toEqual(['a malformed tag: <circle cx="32" cy="32" r=31 fill="#2781']);
		expect(svgProblems(ok.replace('<circle', '<circle cx="1"').replace('/>', '></g>'))).toEqual(['<circle> repeats cx', '</g> closes <circle>']);
		expect(svgProblems(`<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${ok}`)).toEqual(['a declaration or instruction: <!DOCTYPE svg [<!ENT']);
		expect(svgProblems(`${ok}${ok}`)).toEqual(['a second root element <svg>']);
		expect(svgProblems(ok.replace('<circle', 'hello<circle'))).toEqual(['text outside an element: "hello"']);
		expect(svgProblems('')).toEqual(['no root element']);
	});
});

describe('icons of every node and credential, in the packed tarballs', () => {
	const names = nodePackageNames();
	let out: string;
	let reports: PackReport[];

	beforeAll(() => {
		out = fs.mkdtempSync(path.join(os.tmpdir(), 'icons-'));
		// (the sizes against their budgets are pack.test.ts's)
		run('node', [path.join(REPO_ROOT, 'scripts', 'pack.js'), '--out', out]);
		reports = JSON.parse(fs.readFileSync(path.join(out, 'packs.json'), 'utf8')) as PackReport[];
		for (const r of reports) {
			fs.mkdirSync(path.join(out, r.dir));
			expect(run('tar', ['-xzf', r.tarball, '-C', path.join(out, r.dir), '--strip-components=1']).status).toBe(0);
		}
	}, 120_000);
	afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

	/** Every node and credential of a package: its built file and the icon it declares. */
	function declared(dir: string): Array<{ file: string; icon: Themed }> {
		const root = path.join(REPO_ROOT, 'packages', dir);
		const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };
		const nodes = pkg.n8n.nodes.map((file) => {
			const mod = load(path.join(root, file)) as Record<string, new () => { description: { icon?: Themed } }>;
			return { file, icon: new mod[path.basename(file, '.node.js')]().description.icon };
		});
		const credentials = pkg.n8n.credentials.map((file) => {
			const mod = load(path.join(root, file)) as Record<string, new () => { icon?: Themed }>;
			return { file, icon: new mod[path.basename(file, '.credentials.js')]().icon };
		});
		return [...nodes, ...credentials];
	}

	it('covers every node package', () => {
		expect(reports.map((r) => r.dir)).toEqual(names);
	});

	for (const dir of nodePackageNames()) {
		const platform = dir.replace(/^node-/, '');

		it(`${dir}: every node and credential declares the pair dist/icons/${platform}.svg and ${platform}.dark.svg, relative to its .js, and the tarball holds both, once`, () => {
			const r = reports.find((p) => p.dir === dir)!;
			const unpacked = path.join(out, dir);
			const entries = declared(dir);
			expect(entries.length).toBeGreaterThanOrEqual(3);
			for (const { file, icon } of entries) {
				// the class read is the one in the tarball
				expect({ file, same: fs.readFileSync(path.join(unpacked, file)).equals(fs.readFileSync(path.join(REPO_ROOT, 'packages', dir, file))) }).toEqual({ file, same: true });
				const up = path.posix.relative(path.posix.dirname(file), 'dist/icons');
				expect({ file, icon: themedFiles(icon) }).toEqual({ file, icon: { light: `file:${up}/${platform}.svg`, dark: `file:${up}/${platform}.dark.svg` } });
				for (const ref of Object.values(themedFiles(icon))) {
					const inTarball = path.posix.join(path.posix.dirname(file), ref!.replace(/^file:/, ''));
					expect({ file, icon: inTarball, packed: r.files.includes(inTarball) }).toEqual({ file, icon: inTarball, packed: true });
				}
			}
			// one copy of each icon in the package
			expect(r.files.filter((f) => /\.(svg|png)$/.test(f)).sort()).toEqual([`dist/icons/${platform}.dark.svg`, `dist/icons/${platform}.svg`]);
		});

		it(`${dir}: each icon in the tarball is a small standalone SVG, and the dark one is not the light one`, () => {
			const unpacked = path.join(out, dir);
			const checked = new Set<string>();
			for (const { file, icon } of declared(dir)) {
				const { light, dark } = themedFiles(icon);
				const lightFile = path.join(unpacked, path.dirname(file), light!.replace(/^file:/, ''));
				const darkFile = path.join(unpacked, path.dirname(file), dark!.replace(/^file:/, ''));
				for (const svg of [lightFile, darkFile]) {
					const rel = path.relative(unpacked, svg);
					const text = fs.readFileSync(svg, 'utf8');
					expect({ icon: rel, problems: svgProblems(text) }).toEqual({ icon: rel, problems: [] });
					expect({ icon: rel, small: fs.statSync(svg).size <= MAX_ICON_BYTES }).toEqual({ icon: rel, small: true });
					checked.add(rel);
				}
				expect({ file, darkDiffers: !fs.readFileSync(darkFile).equals(fs.readFileSync(lightFile)) }).toEqual({ file, darkDiffers: true });
			}
			// one drawing per platform: every node and credential of the package shows the same logo
			const lights = [...checked].filter((f) => !f.endsWith('.dark.svg')).map((f) => fs.readFileSync(path.join(unpacked, f), 'utf8'));
			const darks = [...checked].filter((f) => f.endsWith('.dark.svg')).map((f) => fs.readFileSync(path.join(unpacked, f), 'utf8'));
			expect(new Set(lights).size).toBe(1);
			expect(new Set(darks).size).toBe(1);
		});
	}

	it('each platform has its own logo (no two packages share an icon)', () => {
		const lights = names.map((dir) => fs.readFileSync(path.join(out, dir, 'dist', 'icons', `${dir.replace(/^node-/, '')}.svg`), 'utf8'));
		expect(new Set(lights).size).toBe(names.length);
	});
});
