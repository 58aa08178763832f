import type { INodeType, INodeTypeDescription, INodeTypes } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { defineOperation, type ResourceSpec } from '../src/operations/operation';
import { buildProperties } from '../src/operations/router';
import { operationSubtitle, optionsSubtitle } from '../src/operations/subtitle';

const op = (resource: string, operation: string, name: string) =>
	defineOperation({ resource, operation, name, action: `${name} ${resource}`, fields: [], request: () => ({ method: 'GET', path: '/' }) });

const addLabels = op('contactLabel', 'add', 'Add Labels');
const resources: ResourceSpec[] = [
	{ value: 'contact', name: 'Contact', operations: [op('contact', 'create', 'Create'), op('contact', 'getAll', 'Get Many')] },
	{ value: 'contactLabel', name: 'Contact Label', operations: [addLabels, op('contactLabel', 'getAll', 'Get Many')], defaultOperation: addLabels },
	{ value: 'team', name: 'Team', operations: [op('team', 'getAll', 'Get Many'), op('team', 'add', 'Add Members')] },
	{ value: 'nested', name: 'Odd "quoted" Name', operations: [op('nested', 'x', 'Say "hi"')] },
];

/** The editor's evaluation (workflows store getNodeSubtitle): getSimpleParameterValue(node, subtitle, 'internal', {}). */
function editorSubtitle(description: INodeTypeDescription, parameters: Record<string, unknown>): unknown {
	const nodeType: INodeType = { description };
	const nodeTypes: INodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const node = { id: '1', name: 'Node', type: description.name, typeVersion: 1, position: [0, 0] as [number, number], parameters: parameters as never };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(workflow.getNode('Node')!, description.subtitle, 'internal', {}, undefined, 'default');
}

const description = (subtitle: string, properties = buildProperties(resources)): INodeTypeDescription => ({
	displayName: 'Test',
	name: 'test',
	group: ['transform'],
	version: 1,
	description: 'Test',
	defaults: { name: 'Test' },
	inputs: ['main'],
	outputs: ['main'],
	properties,
	subtitle,
}) as unknown as INodeTypeDescription;

describe('operationSubtitle', () => {
	const subtitle = operationSubtitle(resources);

	it('is one expression with no "{{" or "}}" inside (n8n would end the expression there)', () => {
		expect(subtitle.startsWith('={{ ')).toBe(true);
		expect(subtitle.endsWith(' }}')).toBe(true);
		const inner = subtitle.slice(4, -3);
		expect(inner).not.toMatch(/\{\{|\}\}/);
		// shared names once, the others per resource
		expect(inner).toContain('{"create":"Create","getAll":"Get Many","add":"Add Labels","x":"Say \\"hi\\""}');
		expect(inner).toContain('{"contact":["Contact"],"contactLabel":["Contact Label"],"team":["Team",{"add":"Add Members"}],');
	});

	it.each([
		[{}, 'Create \u00b7 Contact'], // a fresh node: default resource and operation
		[{ resource: 'contact', operation: 'getAll' }, 'Get Many \u00b7 Contact'],
		[{ resource: 'contactLabel' }, 'Add Labels \u00b7 Contact Label'], // the resource's default operation
		[{ resource: 'contactLabel', operation: 'add' }, 'Add Labels \u00b7 Contact Label'],
		[{ resource: 'team', operation: 'add' }, 'Add Members \u00b7 Team'],
		[{ resource: 'team', operation: 'getAll' }, 'Get Many \u00b7 Team'],
		[{ resource: 'nested', operation: 'x' }, 'Say "hi" \u00b7 Odd "quoted" Name'],
	])('n8n evaluates it for %j as %s', (parameters, expected) => {
		expect(editorSubtitle(description(subtitle), parameters)).toBe(expected);
	});

	it('shows a value it does not know as it is (an operation set by an expression or no longer offered)', () => {
		expect(editorSubtitle(description(subtitle), { resource: 'contact', operation: '={{ "get" }}' })).toBe('{{ "get" }} \u00b7 Contact');
		expect(editorSubtitle(description(subtitle), { resource: 'contact', operation: 'removed' })).toBe('removed \u00b7 Contact');
	});

	it('refuses a name with a brace, which would cut the expression', () => {
		expect(() => operationSubtitle([{ value: 'a', name: 'A {x}', operations: [op('a', 'b', 'B')] }])).toThrow('Resource a: the name "A {x}" holds a brace');
		expect(() => operationSubtitle([{ value: 'a', name: 'A', operations: [op('a', 'b', 'B}}')] }])).toThrow('Operation b: the name "B}}" holds a brace');
	});
});

describe('optionsSubtitle', () => {
	const options = [
		{ name: 'Conversation Created', value: 'conversation_created' },
		{ name: 'Message Created', value: 'message_created' },
	];
	const multi = description(optionsSubtitle('events', options), [
		{ displayName: 'Events', name: 'events', type: 'multiOptions', options, default: [] },
	]);
	const single = description(optionsSubtitle('event', options), [
		{ displayName: 'Event', name: 'event', type: 'options', options, default: 'message_created' },
	]);

	it('names each chosen option, a value it does not know as it is', () => {
		expect(editorSubtitle(multi, { events: ['message_created', 'conversation_created'] })).toBe('Message Created, Conversation Created');
		expect(editorSubtitle(multi, { events: ['message_created', 'other_event'] })).toBe('Message Created, other_event');
		expect(editorSubtitle(multi, {})).toBe('');
		expect(editorSubtitle(single, {})).toBe('Message Created');
		expect(editorSubtitle(single, { event: 'conversation_created' })).toBe('Conversation Created');
	});
});
