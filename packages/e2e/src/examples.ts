/**
 * The example workflows of the repository: every `examples/<name>/workflow.json`, with the
 * example's README.md (what it does and what it should leave behind on the fake servers).
 */
import fs from 'node:fs';
import path from 'node:path';

import { EXAMPLES_DIR } from './paths';

export interface Example {
	name: string;
	dir: string;
	workflow: any;
	readme: string;
}

/** Every examples/<name>/workflow.json, sorted by name. Throws on a workflow that is not valid JSON. */
export function loadExamples(dir: string = EXAMPLES_DIR): Example[] {
	if (!fs.existsSync(dir)) return [];
	const examples: Example[] = [];
	for (const name of fs.readdirSync(dir).sort()) {
		const exampleDir = path.join(dir, name);
		const file = path.join(exampleDir, 'workflow.json');
		if (!fs.statSync(exampleDir).isDirectory() || !fs.existsSync(file)) continue;
		let workflow: any;
		try {
			workflow = JSON.parse(fs.readFileSync(file, 'utf8'));
		} catch (error) {
			throw new Error(`examples/${name}/workflow.json is not valid JSON: ${(error as Error).message}`);
		}
		const readmeFile = path.join(exampleDir, 'README.md');
		const readme = fs.existsSync(readmeFile) ? fs.readFileSync(readmeFile, 'utf8') : '';
		examples.push({ name, dir: exampleDir, workflow, readme });
	}
	return examples;
}

/** The types of the workflow's trigger nodes (nodes no connection points to). */
export function startNodes(workflow: any): Array<{ name: string; type: string }> {
	const nodes = (workflow?.nodes ?? []) as Array<{ name: string; type: string }>;
	const targets = new Set<string>();
	for (const outputs of Object.values((workflow?.connections ?? {}) as Record<string, Record<string, Array<Array<{ node: string }> | null>>>)) {
		for (const branches of Object.values(outputs)) for (const branch of branches ?? []) for (const c of branch ?? []) targets.add(c.node);
	}
	return nodes.filter((n) => !targets.has(n.name) && !n.type.endsWith('.stickyNote'));
}

/** Whether the workflow starts with n8n's Manual Trigger (so `n8n execute` can run it). */
export function startsWithManualTrigger(workflow: any): boolean {
	return startNodes(workflow).some((n) => n.type === 'n8n-nodes-base.manualTrigger');
}
