// Removes the comments of built JavaScript that a reader of the published package does not need
// (the `// ../core/src/…` file markers esbuild writes and the doc comments it keeps from the
// sources), leaving the code itself exactly as esbuild laid it out: readable, not minified. Only a
// comment that fills its lines, or ends a line after the code, is removed; a comment between code
// on one line (`/* @__PURE__ */`) and legal comments (`/*!`, @license, @preserve) stay.
//
// The comments are found by TypeScript's parser (the workspace root's typescript), so text that
// looks like a comment inside a string, template or regular expression is never touched.
const ts = require('typescript');

const LEGAL = /^\/\*!|@license|@preserve/;

/** Every comment of `code`, as [start, end) ranges, in order. */
function commentRanges(code) {
	const file = ts.createSourceFile('built.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
	const found = new Map();
	const add = (ranges) => {
		for (const r of ranges ?? []) found.set(r.pos, r.end);
	};
	// Every comment is trivia between two tokens; each token boundary is the start or the end of a node.
	const visit = (node) => {
		for (const at of [node.pos, node.end]) {
			add(ts.getLeadingCommentRanges(code, at));
			add(ts.getTrailingCommentRanges(code, at));
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return [...found].sort((a, b) => a[0] - b[0]);
}

/** `code` without its whole-line and end-of-line comments (see above). */
function stripComments(code) {
	let out = '';
	let at = 0;
	for (const [start, end] of commentRanges(code)) {
		if (start < at || LEGAL.test(code.slice(start, end))) continue;
		const lineStart = code.lastIndexOf('\n', start - 1) + 1;
		let lineEnd = code.indexOf('\n', end);
		if (lineEnd === -1) lineEnd = code.length;
		const before = code.slice(Math.max(lineStart, at), start);
		const after = code.slice(end, lineEnd);
		if (after.trim() !== '') continue; // code follows on the same line: leave the comment
		if (lineStart >= at && before.trim() === '') {
			// The comment fills its lines: drop them, line break included.
			out += code.slice(at, lineStart);
			at = Math.min(lineEnd + 1, code.length);
		} else {
			// The comment ends a line of code: drop it and the blanks before it.
			out += code.slice(at, start).replace(/[ \t]+$/, '');
			at = lineEnd;
		}
	}
	return out + code.slice(at);
}

module.exports = { stripComments, commentRanges };
