/**
 * What n8n's editor makes of our node descriptions, computed with the n8n the suite tests (its
 * Node 24 and its own n8n-workflow, resolved from the installed n8n package), on the built nodes.
 *
 * 1. A fresh form loads nothing. The editor asks for a dropdown's options (loadOptionsMethod) as
 *    soon as the dropdown is displayed, before it has attached the credential to a freshly added
 *    node ("Error fetching options"); a resource locator's list loads only when opened, and a
 *    collection's entries only once added. So no such dropdown may be displayed on the first form
 *    of any resource (its default operation, every other parameter at its default), decided by
 *    NodeHelpers.displayParameter on NodeHelpers.getNodeParameters as the editor does. Checked for
 *    Cliengo, Crisp and Chaport; Chatwoot's forms are being reshaped in the same change (issue 13).
 *
 * 2. The canvas subtitle of every node of ours, as n8n's editor computes it: the editor's
 * getNodeSubtitle calls `workflow.expression.getSimpleParameterValue(node, description.subtitle,
 * 'internal', {})` on a Workflow holding the node (whose constructor fills in the parameters'
 * defaults). Here the same call runs in the n8n the suite tests: its Node 24 and its own
 * n8n-workflow (resolved from the installed n8n package), on the built node descriptions.
 *
 * Expected: an action node reads "<Operation> · <Resource>" with the names its two dropdowns show,
 * for every operation of every resource and for a fresh node (the defaults); a trigger names the
 * event options chosen, never a raw value. Node packages are found by nodePackageDirs, so a new
 * package needs no edit here.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { N8N_INSTALL_DIR, NODE24_BIN, assertN8nInstalled, nodePackageDirs } from '../src/paths';

interface Option {
	name: string;
	value: string;
}
interface Property {
	name: string;
	type: string;
	default?: unknown;
	options?: Option[];
	displayOptions?: { show?: Record<string, unknown[]> };
}
interface Description {
	name: string;
	displayName: string;
	subtitle?: string;
	properties: Property[];
}
interface Case {
	label: string;
	node: string;
	parameters: Record<string, unknown>;
	expected: string;
}

/** Runs in n8n's Node 24: the editor's subtitle evaluation with the installed n8n's n8n-workflow. */
const EVALUATOR = `
const { createRequire } = require('node:module');
const path = require('node:path');
const fromN8n = createRequire(path.join(process.argv[1], 'node_modules', 'n8n', 'package.json'));
const { Workflow } = fromN8n('n8n-workflow');
const { descriptions, cases } = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const out = cases.map((c) => {
	const description = descriptions[c.node];
	const nodeType = { description };
	const nodeTypes = { getByName: () => nodeType, getByNameAndVersion: () => nodeType, getKnownTypes: () => ({}) };
	const node = { id: '1', name: 'Node', type: description.name, typeVersion: 1, position: [0, 0], parameters: c.parameters };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	try {
		return workflow.expression.getSimpleParameterValue(workflow.getNode('Node'), description.subtitle, 'internal', {}, undefined, '(none)');
	} catch (error) {
		return 'ERROR: ' + error.message;
	}
});
process.stdout.write(JSON.stringify(out));
`;

/** Runs in n8n's Node 24: for each node and each resource's first form, the displayed dropdowns that load options. */
const FRESH_FORMS = `
const { createRequire } = require('node:module');
const path = require('node:path');
const fromN8n = createRequire(path.join(process.argv[1], 'node_modules', 'n8n', 'package.json'));
const { NodeHelpers } = fromN8n('n8n-workflow');
const descriptions = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const out = [];
for (const d of descriptions) {
	const resource = d.properties.find((p) => p.name === 'resource');
	const forms = resource ? resource.options.map((o) => ({ resource: o.value })) : [{}];
	for (const form of forms) {
		const node = { id: '1', name: 'Node', type: d.name, typeVersion: 1, position: [0, 0], parameters: form };
		const values = NodeHelpers.getNodeParameters(d.properties, form, true, false, node, d);
		const loading = d.properties.filter((p) => p.typeOptions && p.typeOptions.loadOptionsMethod && NodeHelpers.displayParameter(values, p, node, d));
		out.push({ node: d.name, resource: form.resource ?? null, operation: values.operation ?? null, shown: d.properties.filter((p) => NodeHelpers.displayParameter(values, p, node, d)).length, loading: loading.map((p) => p.name) });
	}
}
process.stdout.write(JSON.stringify(out));
`;

function builtDescriptions(only?: (dir: string) => boolean): Description[] {
	const out: Description[] = [];
	for (const dir of nodePackageDirs().filter((d) => !only || only(d))) {
		const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } };
		for (const file of pkg.n8n.nodes) {
			const mod = require(path.join(dir, file)) as Record<string, new () => { description: Description }>;
			out.push(new mod[path.basename(file).replace(/\.node\.js$/, '')]().description);
		}
	}
	return out;
}

const DOT = ' \u00b7 ';

/** The cases of one node, their expected text read from the options its dropdowns show. */
function casesOf(d: Description): Case[] {
	const resource = d.properties.find((p) => p.name === 'resource' && p.type === 'options');
	if (resource) {
		const cases: Case[] = [];
		const ops = (r: string) => d.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(r))!;
		const first = ops(String(resource.default));
		const nameOf = (list: Option[] | undefined, value: unknown) => list!.find((o) => o.value === value)!.name;
		cases.push({ label: 'fresh node', node: d.name, parameters: {}, expected: nameOf(first.options, first.default) + DOT + nameOf(resource.options, resource.default) });
		for (const r of resource.options!) {
			for (const o of ops(r.value).options!) {
				cases.push({ label: `${r.value}.${o.value}`, node: d.name, parameters: { resource: r.value, operation: o.value }, expected: o.name + DOT + r.name });
			}
		}
		return cases;
	}
	const events = d.properties.find((p) => (p.name === 'events' || p.name === 'event') && (p.type === 'multiOptions' || p.type === 'options'));
	if (events) {
		const multi = events.type === 'multiOptions';
		const cases: Case[] = events.options!.map((o) => ({ label: `${events.name}=${o.value}`, node: d.name, parameters: { [events.name]: multi ? [o.value] : o.value }, expected: o.name }));
		if (multi) {
			const two = events.options!.slice(0, 2);
			cases.push({ label: 'two events', node: d.name, parameters: { events: two.map((o) => o.value) }, expected: two.map((o) => o.name).join(', ') });
		}
		return cases;
	}
	// A node with a fixed subtitle shows it as it is.
	return [{ label: 'fixed', node: d.name, parameters: {}, expected: d.subtitle ?? '(none)' }];
}

describe('a fresh form loads no options (Cliengo, Crisp, Chaport), decided as n8n\'s editor does in the tested n8n', () => {
	beforeAll(() => assertN8nInstalled());

	it('shows no dropdown with a loadOptionsMethod on the first form of any resource of any node', () => {
		const descriptions = builtDescriptions((dir) => ['node-cliengo', 'node-crisp', 'node-chaport'].includes(path.basename(dir)));
		const input = JSON.stringify(descriptions);
		const forms = JSON.parse(execFileSync(NODE24_BIN, ['-e', FRESH_FORMS, N8N_INSTALL_DIR], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 })) as Array<{ node: string; resource: string | null; operation: string | null; shown: number; loading: string[] }>;
		// every node, and every resource of the action nodes, was looked at, each form showing fields
		expect(new Set(forms.map((f) => f.node))).toEqual(new Set(descriptions.map((d) => d.name)));
		expect(forms.filter((f) => f.node === 'crisp').length).toBe(descriptions.find((d) => d.name === 'crisp')!.properties.find((p) => p.name === 'resource')!.options!.length);
		expect(forms.every((f) => f.shown > 0)).toBe(true);
		// e.g. Crisp's Helpdesk Article opens on Get, whose Locale is a locator now
		expect(forms.find((f) => f.node === 'crisp' && f.resource === 'helpdeskArticle')).toMatchObject({ operation: 'get', loading: [] });
		expect(forms.filter((f) => f.loading.length > 0)).toEqual([]);
	});
});

describe('canvas subtitles, evaluated as n8n\'s editor does in the tested n8n', () => {
	beforeAll(() => assertN8nInstalled());

	const descriptions = builtDescriptions();
	const cases = descriptions.flatMap(casesOf);

	it('covers every node of ours, every action node with all its operations', () => {
		expect(new Set(cases.map((c) => c.node))).toEqual(new Set(descriptions.map((d) => d.name)));
		expect(cases.length).toBeGreaterThan(descriptions.length * 10);
	});

	it('reads "<Operation> · <Resource>" on action nodes and the chosen events\' names on triggers', () => {
		const input = JSON.stringify({ descriptions: Object.fromEntries(descriptions.map((d) => [d.name, d])), cases });
		const out = JSON.parse(execFileSync(NODE24_BIN, ['-e', EVALUATOR, N8N_INSTALL_DIR], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 })) as unknown[];
		const got = cases.map((c, i) => ({ node: c.node, case: c.label, subtitle: out[i] }));
		expect(got).toEqual(cases.map((c) => ({ node: c.node, case: c.label, subtitle: c.expected })));
		// e.g. Chatwoot's fresh node and one of Cliengo's
		expect(got.find((g) => g.node === 'cliengo' && g.case === 'contact.getAll')?.subtitle).toBe('Get Many \u00b7 Contact (Lead)');
	});
});

/**
 * 3. The node panel groups an action node's actions by resource under the heading
 *    "<resource's display name> Actions" (n8n's node creator: each action's category is its
 *    resource option's name, followed by the "Actions" label; shown in capitals). A name must
 *    read well there: not end in "Action(s)" ("Bulk Action Actions"), not be a raw value.
 */
describe('action group headings in the node panel read well', () => {
	it('every resource of every action node: "<Name> Actions", no doubled word, no raw value', () => {
		const headings: Array<{ node: string; value: string; heading: string }> = [];
		for (const d of builtDescriptions()) {
			const resource = d.properties.find((p) => p.name === 'resource' && p.type === 'options');
			for (const o of resource?.options ?? []) headings.push({ node: d.name, value: o.value, heading: `${o.name} Actions` });
		}
		expect(headings.length).toBeGreaterThan(40);
		const awkward = headings.filter(
			(h) =>
				/\bActions? Actions$/i.test(h.heading) || // "Bulk Action Actions"
				/::|_|[a-z][A-Z]/.test(h.heading) || // "Channel::Api", snake_case, camelCase
				h.heading.startsWith(`${h.value} `) && /[A-Z]/.test(h.value.slice(1)), // the raw camelCase value as the name
		);
		expect(awkward).toEqual([]);
		expect(headings.find((h) => h.node === 'chatwoot' && h.value === 'bulkAction')?.heading).toBe('Conversation Batch Actions');
	});
});
