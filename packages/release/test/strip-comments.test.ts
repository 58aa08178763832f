/**
 * The comment stripping of the node packages' build (packages/config/strip-comments.js): whole-line
 * and end-of-line comments go, code and anything that only looks like a comment stays.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stripComments } = require('../../config/strip-comments.js') as { stripComments(code: string): string };

describe('stripComments', () => {
	it('drops file markers, doc comments and end-of-line comments, keeping the layout of the code', () => {
		const code = [
			"'use strict';",
			'',
			'// ../core/src/a.ts',
			'var a = 1; // one',
			'class B {',
			'  /** Doc. */',
			'  m() {',
			'    /**',
			'     * Long doc.',
			'     */',
			'    return a;',
			'  }',
			'}',
			'',
		].join('\n');
		expect(stripComments(code)).toBe(["'use strict';", '', 'var a = 1;', 'class B {', '  m() {', '    return a;', '  }', '}', ''].join('\n'));
	});

	it('keeps comments between code on a line, legal comments, and comment-like text in strings, templates and regular expressions', () => {
		const code = [
			'var s = /* @__PURE__ */ new Set();',
			'/*! legal */',
			'var u = "https://example.com"; var t = `// not a comment ${u} /* nor this */`;',
			'var r = /\\/\\/+$/;',
			'var d = 6 / 2 / 3;',
			'',
		].join('\n');
		expect(stripComments(code)).toBe(code);
	});
});
