/** The node descriptions are consistent: operations, dropdown methods, package manifest. */
import * as fs from 'fs';
import * as path from 'path';
import type { INodeProperties } from 'n8n-workflow';
import { Cliengo } from '../nodes/Cliengo/Cliengo.node';
import { resources } from '../nodes/Cliengo/actions';
import { CliengoTrigger } from '../nodes/CliengoTrigger/CliengoTrigger.node';
import { CliengoWebhookTrigger } from '../nodes/CliengoWebhookTrigger/CliengoWebhookTrigger.node';

const node = new Cliengo();

function walk(props: INodeProperties[], visit: (p: INodeProperties) => void) {
	for (const p of props) {
		visit(p);
		for (const option of (p.options ?? []) as Array<INodeProperties | { values?: INodeProperties[] }>) {
			if ('type' in option) walk([option as INodeProperties], visit);
			if ('values' in option && option.values) walk(option.values, visit);
		}
	}
}

describe('Cliengo node description', () => {
	it('has exactly these resources and operations, in this order', () => {
		expect(resources.map((r) => [r.value, r.operations.map((o) => o.operation)])).toEqual([
			['contact', ['create', 'get', 'getAll', 'update', 'delete', 'updateStatus', 'addTag', 'addNote', 'getNotes', 'sendMessage', 'getMessages', 'getHistory']],
			['conversation', ['getAll', 'get', 'create', 'getMessages', 'count']],
			['site', ['getAll', 'get', 'create', 'update', 'getChatbot']],
			['chatbot', ['getAll', 'getTriggers']],
			['user', ['getAll', 'get', 'create', 'update']],
			['account', ['get', 'update']],
		]);
		expect(resources.flatMap((r) => r.operations)).toHaveLength(30);
	});

	it('every operation has a name, an action sentence and a description; usable as a tool', () => {
		for (const r of resources) {
			for (const op of r.operations) {
				expect(op.resource).toBe(r.value);
				expect(op.name).toBeTruthy();
				expect(op.action).toMatch(/^[A-Z][a-z]/);
				expect(op.description).toBeTruthy();
			}
		}
		expect(node.description.usableAsTool).toBe(true);
		expect(node.description.credentials).toEqual([{ name: 'leadchatCliengoApi', required: true }]);
	});

	it('every dropdown and search list names a method the node has', () => {
		const methods = { loadOptions: Object.keys(node.methods.loadOptions), listSearch: Object.keys(node.methods.listSearch) };
		const used = { loadOptions: new Set<string>(), listSearch: new Set<string>() };
		walk(node.description.properties, (p) => {
			const load = p.typeOptions?.loadOptionsMethod;
			if (load) used.loadOptions.add(load);
			for (const mode of p.modes ?? []) if (mode.typeOptions?.searchListMethod) used.listSearch.add(mode.typeOptions.searchListMethod);
		});
		expect([...used.loadOptions].sort()).toEqual([...methods.loadOptions].sort());
		expect([...used.listSearch].sort()).toEqual([...methods.listSearch].sort());
	});

	it('triggers: one polling, one webhook', () => {
		const polling = new CliengoTrigger().description;
		expect(polling.polling).toBe(true);
		expect(polling.inputs).toEqual([]);
		expect(polling.credentials).toEqual([{ name: 'leadchatCliengoApi', required: true }]);
		const webhook = new CliengoWebhookTrigger().description;
		expect(webhook.webhooks).toHaveLength(1);
		expect(webhook.credentials).toEqual([{ name: 'leadchatCliengoWebhookApi', displayName: 'Cliengo Webhook Key', required: true, testedBy: 'webhookKeyTest' }]);
	});

	it('package.json lists every node and credential file', () => {
		const root = path.join(__dirname, '..');
		const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
		const nodes = fs
			.readdirSync(path.join(root, 'nodes'))
			.flatMap((dir) => fs.readdirSync(path.join(root, 'nodes', dir)).filter((f) => f.endsWith('.node.ts')).map((f) => `dist/nodes/${dir}/${f.replace(/\.ts$/, '.js')}`));
		expect([...pkg.n8n.nodes].sort()).toEqual(nodes.sort());
		expect(pkg.n8n.credentials).toEqual(['dist/credentials/CliengoApi.credentials.js', 'dist/credentials/CliengoWebhookApi.credentials.js']);
		expect(pkg.dependencies).toBeUndefined();
	});
});
