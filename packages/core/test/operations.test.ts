import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { createExecuteContext } from '@leadchat/testkit';
import { defineOperation, type ResourceSpec } from '../src/operations/operation';
import { buildProperties, createRouter, findOperation } from '../src/operations/router';
import { nonFinitePath } from '../src/descriptions/fields';
import { field, returnAllOrLimit, updateDisplayOptions } from '../src/descriptions/fields';
import { validateParams } from '../src/operations/params';
import type { ApiRequest } from '../src/http/request';
import { apiPath } from '../src/http/path';
import { toNodeApiError } from '../src/http/errors';

const node = { id: '1', name: 'Test Node', type: 'test', typeVersion: 1, position: [0, 0] as [number, number], parameters: {} };

const get = defineOperation<{ contactId: string }>({
	resource: 'contact',
	operation: 'get',
	name: 'Get',
	action: 'Get a contact',
	fields: [field.resourceLocator('contactId', 'Contact', { searchListMethod: 'searchContacts', numeric: true })],
	request: (p) => ({ method: 'GET', path: apiPath`/contacts/${p.contactId}` }),
	output: (body) => (body as { payload: IDataObject }).payload,
});

const create = defineOperation<{ name: string; email?: string; extra: IDataObject }>({
	resource: 'contact',
	operation: 'create',
	name: 'Create',
	action: 'Create a contact',
	fields: [
		field.string('name', 'Name', { required: true }),
		field.string('email', 'Email'),
		field.collection('extra', 'Additional Fields', [field.number('age', 'Age', { min: 0, max: 150, integer: true }), field.json('attributes', 'Attributes')]),
	],
	check: (p, tools) => {
		if (p.email && !p.email.includes('@')) tools.fail('Email', 'must be an email address');
	},
	request: (p) => ({ method: 'POST', path: '/contacts', body: { name: p.name, email: p.email, ...p.extra } }),
});

const list = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'contact',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many contacts',
	fields: returnAllOrLimit(100),
	async execute(p) {
		const all = [{ id: 1 }, { id: 2 }, { id: 3 }];
		return p.returnAll ? all : all.slice(0, p.limit);
	},
});

const remove = defineOperation({
	resource: 'contact',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a contact',
	fields: [field.id('contactId', 'Contact ID', { numeric: true })],
	request: (p) => ({ method: 'DELETE', path: apiPath`/contacts/${p.contactId}` }),
	output: () => null,
});

const download = defineOperation({
	resource: 'file',
	operation: 'download',
	name: 'Download',
	action: 'Download a file',
	fields: [],
	async execute() {
		return [{ json: { name: 'a.txt' }, binary: { data: { data: 'aGk=', mimeType: 'text/plain' } } }];
	},
});

const resources: ResourceSpec[] = [
	{ value: 'contact', name: 'Contact', operations: [get, create, list, remove], defaultOperation: get },
	{ value: 'file', name: 'File', operations: [download] },
];

function runner(responses: Record<string, unknown> = {}) {
	const sent: ApiRequest[] = [];
	const execute = createRouter({
		resources,
		transport: async function (req) {
			sent.push(req);
			const key = `${req.method} ${req.path}`;
			if (key === 'GET /contacts/404') throw toNodeApiError(node, { platform: 'Demo', status: 404, body: { error: 'Resource could not be found' }, method: req.method, path: req.path });
			return { status: 200, headers: {}, body: responses[key] ?? { ok: true } };
		},
	});
	return { sent, execute };
}

const run = (execute: ReturnType<typeof createRouter>, parameters: IDataObject | ((i: number) => IDataObject), items = 1, continueOnFail = false) =>
	execute.call(createExecuteContext({ parameters: parameters as never, items: Array.from({ length: items }, () => ({ json: {} })), continueOnFail }) as never);

async function thrown(p: Promise<unknown>) {
	try {
		await p;
	} catch (e) {
		return e as NodeOperationError;
	}
	throw new Error('expected an error');
}

describe('router', () => {
	test('declarative request + output, resource locator value extracted, pairedItem set', async () => {
		const { sent, execute } = runner({ 'GET /contacts/7': { payload: { id: 7, name: 'Ana' } } });
		const out = await run(execute, { resource: 'contact', operation: 'get', contactId: { __rl: true, mode: 'list', value: '7' } });
		expect(sent).toEqual([{ method: 'GET', path: '/contacts/7', itemIndex: 0, credentialType: undefined, credentialReads: expect.any(Map) }]);
		expect(out).toEqual([[{ json: { id: 7, name: 'Ana' }, pairedItem: { item: 0 } }]]);
	});

	test('per item: each item gets its own parameters and its own pairedItem', async () => {
		const { sent, execute } = runner();
		const out = await run(execute, (i) => ({ resource: 'contact', operation: 'create', name: `n${i}`, extra: i === 1 ? { age: 30 } : {} }), 2);
		expect(sent.map((s) => s.body)).toEqual([{ name: 'n0', email: undefined }, { name: 'n1', email: undefined, age: 30 }]);
		expect(out[0].map((o) => o.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	test('a required field missing: NodeOperationError naming the item and the field, before any request', async () => {
		const { sent, execute } = runner();
		const e = await thrown(run(execute, (i) => ({ resource: 'contact', operation: 'create', name: i === 1 ? '   ' : 'ok' }), 2));
		expect(e).toBeInstanceOf(NodeOperationError);
		expect(e.message).toBe('Item 2: "Name" is required');
		expect(e.context.itemIndex).toBe(1);
		expect(sent).toHaveLength(1);
	});

	test('a nested field of a collection is named with its parent', async () => {
		const { sent, execute } = runner();
		const e = await thrown(run(execute, { resource: 'contact', operation: 'create', name: 'x', extra: { age: 200 } }));
		expect(e.message).toBe('Item 1: "Additional Fields → Age" must be at most 150');
		const bad = await thrown(run(execute, { resource: 'contact', operation: 'create', name: 'x', extra: { attributes: '{not json' } }));
		expect(bad.message).toBe('Item 1: "Additional Fields → Attributes" must be valid JSON');
		expect(sent).toHaveLength(0);
	});

	test('cross-field check via tools.fail', async () => {
		const { sent, execute } = runner();
		const e = await thrown(run(execute, { resource: 'contact', operation: 'create', name: 'x', email: 'nope' }));
		expect(e.message).toBe('Item 1: "Email" must be an email address');
		expect(sent).toHaveLength(0);
	});

	test('a non-numeric id is refused before the request', async () => {
		const { sent, execute } = runner();
		const e = await thrown(run(execute, { resource: 'contact', operation: 'delete', contactId: '12/../../x' }));
		expect(e.message).toBe('Item 1: "Contact ID" must be a numeric ID (digits only)');
		expect(sent).toHaveLength(0);
	});

	test('null output becomes {success:true}; execute output arrays and execution data pass through', async () => {
		const { execute } = runner();
		expect((await run(execute, { resource: 'contact', operation: 'delete', contactId: 5 }))[0]).toEqual([{ json: { success: true }, pairedItem: { item: 0 } }]);
		expect((await run(execute, { resource: 'contact', operation: 'getAll', returnAll: false, limit: 2 }))[0].map((i) => i.json)).toEqual([{ id: 1 }, { id: 2 }]);
		const file = (await run(execute, { resource: 'file', operation: 'download' }))[0];
		expect(file).toEqual([{ json: { name: 'a.txt' }, binary: { data: { data: 'aGk=', mimeType: 'text/plain' } }, pairedItem: { item: 0 } }]);
	});

	test('API errors keep their message and get the item index; continueOnFail turns them into items', async () => {
		const { execute } = runner({ 'GET /contacts/1': { payload: { ok: true } } });
		const params = (i: number) => ({ resource: 'contact', operation: 'get', contactId: { __rl: true, mode: 'id', value: i === 1 ? '404' : '1' } });
		const e = (await thrown(run(execute, params, 2))) as unknown as NodeApiError;
		expect(e).toBeInstanceOf(NodeApiError);
		expect(e.message).toBe('Resource could not be found');
		expect(e.context.itemIndex).toBe(1);
		const out = await run(execute, params, 2, true);
		expect(out[0]).toEqual([
			{ json: { ok: true }, pairedItem: { item: 0 } },
			{ json: { error: 'Resource could not be found' }, pairedItem: { item: 1 } },
		]);
	});

	test('an unknown operation is a NodeOperationError; a bare error is wrapped', async () => {
		const { execute } = runner();
		const e = await thrown(run(execute, { resource: 'contact', operation: 'explode' }));
		expect(e).toBeInstanceOf(NodeOperationError);
		expect(e.message).toBe('The operation "explode" of resource "contact" is not known');
		const boom = createRouter({
			resources: [{ value: 'x', name: 'X', operations: [defineOperation({ resource: 'x', operation: 'y', name: 'Y', action: 'y', fields: [], execute: async () => { throw new TypeError('bad'); } })] }],
			transport: async () => ({ status: 200, headers: {}, body: {} }),
		});
		const wrapped = await thrown(run(boom, { resource: 'x', operation: 'y' }));
		expect(wrapped).toBeInstanceOf(NodeOperationError);
		expect(wrapped.message).toBe('bad');
	});

	test('findOperation and defineOperation guard', () => {
		expect(findOperation(resources, 'contact', 'create')).toBe(create);
		expect(findOperation(resources, 'nope', 'create')).toBeUndefined();
		expect(() => defineOperation({ resource: 'a', operation: 'b', name: 'B', action: 'b', fields: [] })).toThrow('needs request, list or execute');
	});
});

describe('buildProperties', () => {
	const props = buildProperties(resources, [{ displayName: 'Account', name: 'accountId', type: 'string', default: '' }]);
	const byName = (name: string) => props.filter((p) => p.name === name);

	test('resource dropdown, one operation dropdown per resource with actions, sorted', () => {
		expect(props[0]).toMatchObject({ name: 'resource', type: 'options', noDataExpression: true, default: 'contact', options: [{ name: 'Contact', value: 'contact' }, { name: 'File', value: 'file' }] });
		expect(props[1].name).toBe('accountId');
		const ops = byName('operation');
		expect(ops).toHaveLength(2);
		expect(ops[0].displayOptions).toEqual({ show: { resource: ['contact'] } });
		expect(ops[0].default).toBe('get');
		expect(ops[1].default).toBe('download');
		expect((ops[0].options as Array<{ value: string; action: string }>).map((o) => [o.value, o.action])).toEqual([
			['create', 'Create a contact'],
			['delete', 'Delete a contact'],
			['get', 'Get a contact'],
			['getAll', 'Get many contacts'],
		]);
	});

	test('a default operation that is not one of the resource\'s operations is refused', () => {
		expect(() => buildProperties([{ value: 'file', name: 'File', operations: [download], defaultOperation: get }])).toThrow(
			new Error('Resource file: its default operation contact.get is not one of its operations'),
		);
	});

	test('every operation field is shown only for its resource and operation; own conditions kept', () => {
		const limit = byName('limit')[0];
		expect(limit.displayOptions).toEqual({ show: { returnAll: [false], resource: ['contact'], operation: ['getAll'] } });
		const contactId = byName('contactId');
		expect(contactId.map((p) => p.displayOptions?.show?.operation)).toEqual([['get'], ['delete']]);
		expect(contactId[0]).toMatchObject({ type: 'resourceLocator', required: true, default: { mode: 'list', value: '' } });
		expect(contactId[0].modes!.map((m) => m.name)).toEqual(['list', 'id']);
	});

	test('updateDisplayOptions merges without losing hide blocks', () => {
		const p: INodeProperties = { displayName: 'A', name: 'a', type: 'string', default: '', displayOptions: { hide: { x: [1] } } };
		expect(updateDisplayOptions({ resource: ['r'] }, [p])[0].displayOptions).toEqual({ hide: { x: [1] }, show: { resource: ['r'] } });
	});
});

describe('fields', () => {
	const check = (f: ReturnType<typeof field.string> | { name: string; property: INodeProperties; schema: unknown }, value: unknown) => {
		try {
			return { ok: validateParams<IDataObject>(node, [f as never], { [f.name]: value }, 0)[f.name] };
		} catch (e) {
			return { error: (e as Error).message };
		}
	};

	test('string, id, number, boolean', () => {
		expect(check(field.string('s', 'S'), 5)).toEqual({ ok: '5' });
		expect(check(field.string('s', 'S'), '')).toEqual({ ok: undefined });
		expect(check(field.string('s', 'S', { required: true }), {})).toEqual({ error: 'Item 1: "S" must be text' });
		expect(check(field.id('i', 'I'), 12)).toEqual({ ok: '12' });
		expect(check(field.id('i', 'I'), ' abc ')).toEqual({ ok: 'abc' });
		expect(check(field.id('i', 'I'), undefined)).toEqual({ error: 'Item 1: "I" is required' });
		expect(check(field.id('i', 'I', { required: false }), '')).toEqual({ ok: undefined });
		expect(check(field.number('n', 'N', { integer: true, min: 1 }), '3')).toEqual({ ok: 3 });
		expect(check(field.number('n', 'N', { integer: true }), 2.5)).toEqual({ error: 'Item 1: "N" must be a whole number' });
		expect(check(field.number('n', 'N', { min: 1 }), 0)).toEqual({ error: 'Item 1: "N" must be at least 1' });
		expect(check(field.number('n', 'N', { required: true }), 'abc')).toEqual({ error: 'Item 1: "N" must be a number in decimal notation (e.g. 12 or 12.5)' });
		expect(check(field.boolean('b', 'B'), 'true')).toEqual({ ok: true });
		expect(check(field.boolean('b', 'B'), 'yes')).toEqual({ error: 'Item 1: "B" must be true or false' });
	});

	test('options, multiOptions, stringList', () => {
		const opts = [{ name: 'Open', value: 'open' }, { name: 'Resolved', value: 'resolved' }];
		expect(check(field.options('o', 'O', opts), 'open')).toEqual({ ok: 'open' });
		expect(check(field.options('o', 'O', opts), 'closed')).toEqual({ error: 'Item 1: "O" must be one of: open, resolved' });
		expect(check(field.options('o', 'O', [], { loadOptionsMethod: 'x' }), 42)).toEqual({ ok: '42' });
		expect(check(field.multiOptions('m', 'M', opts), 'open, resolved')).toEqual({ ok: ['open', 'resolved'] });
		expect(check(field.multiOptions('m', 'M', opts), ['open', 'x'])).toEqual({ error: 'Item 1: "M" must contain only: open, resolved' });
		expect(check(field.multiOptions('m', 'M', [], { loadOptionsMethod: 'x', required: true }), [])).toEqual({ error: 'Item 1: "M" needs at least one value' });
		expect(check(field.stringList('l', 'L'), 'a, b,,c ')).toEqual({ ok: ['a', 'b', 'c'] });
		expect(check(field.stringList('l', 'L'), [1, ' 2 '])).toEqual({ ok: ['1', '2'] });
		expect(check(field.stringList('l', 'L'), 7)).toEqual({ ok: ['7'] });
		expect(check(field.stringList('l', 'L', { required: true }), '')).toEqual({ error: 'Item 1: "L" needs at least one value' });
	});

	test('json, dateTime, keyValue', () => {
		expect(check(field.json('j', 'J'), '{"a":1}')).toEqual({ ok: { a: 1 } });
		expect(check(field.json('j', 'J'), { a: 2 })).toEqual({ ok: { a: 2 } });
		expect(check(field.json('j', 'J'), '[1]')).toEqual({ error: 'Item 1: "J" must be a JSON object' });
		expect(check(field.json('j', 'J', { array: true }), '[1]')).toEqual({ ok: [1] });
		expect(check(field.json('j', 'J'), '')).toEqual({ ok: undefined });
		expect(check(field.dateTime('d', 'D'), '2026-01-31')).toEqual({ ok: '2026-01-31' });
		expect(check(field.dateTime('d', 'D'), new Date('2026-01-31T00:00:00Z'))).toEqual({ ok: '2026-01-31T00:00:00.000Z' });
		expect(check(field.dateTime('d', 'D'), 'tomorrow')).toEqual({ error: 'Item 1: "D" must be a date (e.g. 2026-01-31 or 2026-01-31T10:00:00Z)' });
		expect(check(field.keyValue('kv', 'Attributes'), { pairs: [{ key: ' tier ', value: 'gold' }] })).toEqual({ ok: { tier: 'gold' } });
		expect(check(field.keyValue('kv', 'Attributes'), { pairs: [{ key: '', value: 'x' }] })).toEqual({ error: 'Item 1: "Attributes" has a pair with an empty key' });
		expect(check(field.keyValue('kv', 'Attributes'), undefined)).toEqual({ ok: {} });
	});

	test('limit bounds and returnAll default', () => {
		expect(check(field.limit(100), 101)).toEqual({ error: 'Item 1: "Limit" must be at most 100' });
		expect(check(field.limit(100), 0)).toEqual({ error: 'Item 1: "Limit" must be at least 1' });
		expect(check(field.returnAll(), undefined)).toEqual({ ok: false });
		expect(field.limit(100).property.typeOptions).toEqual({ minValue: 1, maxValue: 100 });
	});

	test('property shapes', () => {
		expect(field.string('s', 'S', { rows: 4, password: true }).property.typeOptions).toEqual({ rows: 4, password: true });
		expect(field.number('n', 'N', { min: 1, max: 5, integer: true }).property).toMatchObject({ type: 'number', typeOptions: { minValue: 1, maxValue: 5, numberPrecision: 0 } });
		expect(field.options('o', 'O', [{ name: 'A', value: 'a' }], { loadOptionsMethod: 'm', loadOptionsDependsOn: ['x'] }).property.typeOptions).toEqual({ loadOptionsMethod: 'm', loadOptionsDependsOn: ['x'] });
		expect(field.string('s', 'S', { show: { mode: ['a'] }, hint: 'h', placeholder: 'p', description: 'd' }).property).toMatchObject({ displayOptions: { show: { mode: ['a'] } }, hint: 'h', placeholder: 'p', description: 'd' });
		expect(field.resourceLocator('r', 'R').property.modes!.map((m) => m.name)).toEqual(['id']);
		expect(field.collection('c', 'C', [field.string('b', 'B', { required: true }), field.string('a', 'A')]).property.options!.map((o) => (o as INodeProperties).displayName)).toEqual(['A', 'B']);
	});
});

describe('fields built with every option', () => {
	test('a required fixed multiOptions checks both the count and the values', () => {
		const f = field.multiOptions('m', 'M', [{ name: 'A', value: 'a' }], { required: true });
		expect(() => validateParams(node, [f as never], { m: [] }, 0)).toThrow('Item 1: "M" needs at least one value');
		expect(() => validateParams(node, [f as never], { m: ['b'] }, 0)).toThrow('Item 1: "M" must contain only: a');
		expect(validateParams<IDataObject>(node, [f as never], { m: ['a'] }, 0)).toEqual({ m: ['a'] });
	});
});

describe('hostile input is refused before any request', () => {
	const portal = defineOperation<{ portalId: string; name?: string }>({
		resource: 'portal',
		operation: 'update',
		name: 'Update',
		action: 'Update a portal',
		fields: [field.string('portalId', 'Portal', { required: true }), field.string('name', 'Name')],
		request: (p) => ({ method: 'PATCH', path: apiPath`/portals/${p.portalId}`, body: { name: p.name } }),
	});
	const contactGet = findOperation([{ value: 'contact', name: 'Contact', operations: [get, create, list, remove] }], 'contact', 'get')!;
	const resources: ResourceSpec[] = [
		{ value: 'portal', name: 'Portal', operations: [portal] },
		{ value: 'contact', name: 'Contact', operations: [contactGet, create, remove] },
	];

	async function run(parameters: IDataObject) {
		const sent: ApiRequest[] = [];
		const router = createRouter({
			resources,
			transport: async function (req) {
				sent.push(req);
				return { status: 200, headers: {}, body: {} };
			},
		});
		const ctx = createExecuteContext({ parameters });
		let error: unknown;
		try {
			await router.call(ctx as never);
		} catch (e) {
			error = e;
		}
		return { sent, error: error as NodeOperationError };
	}

	test.each(['..', '.', ' .. '])('a path id of %j in a text field: input error naming the item and field, nothing sent', async (bad) => {
		const { sent, error } = await run({ resource: 'portal', operation: 'update', portalId: bad, name: 'x' });
		expect(sent).toEqual([]);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe(`Item 1: "Portal" cannot be "${bad.trim()}" (it would reach another endpoint)`);
		expect(error.context.itemIndex).toBe(0);
	});

	test.each(['..', '.'])('an id field refuses %j in its own schema', async (bad) => {
		const { sent, error } = await run({ resource: 'contact', operation: 'delete', contactId: bad });
		expect(sent).toEqual([]);
		expect(error.message).toBe('Item 1: "Contact ID" must be a numeric ID (digits only)');
		expect(() => validateParams(node as never, [field.id('portalId', 'Portal')], { portalId: bad }, 2)).toThrow(
			`Item 3: "Portal" cannot be "${bad}" (it would reach another endpoint)`,
		);
		expect(() => validateParams(node as never, [field.resourceLocator('portalId', 'Portal')], { portalId: bad }, 0)).toThrow(NodeOperationError);
	});

	test('a 100,000-character id is refused', async () => {
		const { sent, error } = await run({ resource: 'portal', operation: 'update', portalId: 'x'.repeat(100000) });
		expect(sent).toEqual([]);
		expect(error.message).toBe('Item 1: "Portal" is longer than 2000 characters');
	});

	test('continueOnFail turns the refused id into an error item', async () => {
		const router = createRouter({ resources, transport: async () => ({ status: 200, headers: {}, body: {} }) });
		const ctx = createExecuteContext({ parameters: { resource: 'portal', operation: 'update', portalId: '..' }, continueOnFail: true });
		const [out] = await router.call(ctx as never);
		expect(out).toEqual([{ json: { error: 'Item 1: "Portal" cannot be ".." (it would reach another endpoint)' }, pairedItem: { item: 0 } }]);
	});

	test.each([
		['NaN', NaN, 'must be a number in decimal notation (e.g. 12 or 12.5)'],
		['Infinity', Infinity, 'must be a finite number (not Infinity, and not so large that it overflows)'],
		['-Infinity', -Infinity, 'must be a finite number (not Infinity, and not so large that it overflows)'],
		['"1e999"', '1e999', 'must be a finite number (not Infinity, and not so large that it overflows)'],
		['"Infinity"', 'Infinity', 'must be a number in decimal notation (e.g. 12 or 12.5)'],
		['"0x10"', '0x10', 'must be a number in decimal notation (e.g. 12 or 12.5)'],
		['"0b11"', '0b11', 'must be a number in decimal notation (e.g. 12 or 12.5)'],
		['1.5 for a whole number', 1.5, 'must be a whole number'],
	])('a number of %s is refused, nothing sent', async (_label, value, problem) => {
		const { sent, error } = await run({ resource: 'contact', operation: 'create', name: 'Ana', extra: { age: value } });
		expect(sent).toEqual([]);
		expect(error.message).toBe(`Item 1: "Additional Fields → Age" ${problem}`);
	});

	test('decimal text is read as the number it says', () => {
		const f = field.number('price', 'Price');
		for (const [text, n] of [['12', 12], [' -3.5 ', -3.5], ['.5', 0.5], ['1e3', 1000], ['+7', 7]] as const) {
			expect(f.schema.safeParse(text)).toEqual({ success: true, data: n });
		}
	});

	test('JSON holding a number too large for a double is refused (JSON.stringify would send null)', async () => {
		const { sent, error } = await run({ resource: 'contact', operation: 'create', name: 'Ana', extra: { attributes: '{"sellPrice": 1e999}' } });
		expect(sent).toEqual([]);
		expect(error.message).toBe(
			'Item 1: "Additional Fields → Attributes" contains a number that is not finite (Infinity, NaN or one too large, such as 1e999), which JSON would send as null',
		);
		const kv = field.keyValue('attrs', 'Attributes');
		expect(kv.schema.safeParse({ pairs: [{ key: 'a', value: Infinity }] }).success).toBe(false);
	});

	test('a limit of "0x10" is not read as 16', () => {
		expect(field.limit().schema.safeParse('0x10').success).toBe(false);
		expect(field.limit().schema.safeParse('16')).toEqual({ success: true, data: 16 });
	});
});

describe('last guard: no NaN or Infinity reaches the wire', () => {
	const assign = defineOperation<{ conversationId: string; agentId: string }>({
		resource: 'conversation',
		operation: 'assign',
		name: 'Assign',
		action: 'Assign a conversation',
		fields: [field.id('conversationId', 'Conversation', { numeric: true }), field.options('agentId', 'Agent', [], { loadOptionsMethod: 'getAgents', required: true })],
		request: (p) => ({ method: 'POST', path: apiPath`/conversations/${p.conversationId}/assignments`, body: { assignee_id: Number(p.agentId), ids: [1, Number(p.agentId)] } }),
	});

	test('an id from an expression that is not a number is refused instead of being sent as null (which unassigns)', async () => {
		const sent: ApiRequest[] = [];
		const router = createRouter({
			resources: [{ value: 'conversation', name: 'Conversation', operations: [assign] }],
			transport: async (req) => (sent.push(req), { status: 200, headers: {}, body: {} }),
		});
		const bad = createExecuteContext({ parameters: { resource: 'conversation', operation: 'assign', conversationId: '7', agentId: 'Ana' } });
		await expect(router.call(bad as never)).rejects.toThrow('Item 1: "assignee_id" must be a number (the value given is not one, and would be sent as null)');
		expect(sent).toEqual([]);
		const good = createExecuteContext({ parameters: { resource: 'conversation', operation: 'assign', conversationId: '7', agentId: '3' } });
		await router.call(good as never);
		expect(sent.map((r) => r.body)).toEqual([{ assignee_id: 3, ids: [1, 3] }]);
	});

	test('paths of nested values', () => {
		expect(nonFinitePath({ a: { b: [1, NaN] } })).toBe('a.b[1]');
		expect(nonFinitePath({ a: 1, b: 'x', c: null })).toBeUndefined();
		expect(nonFinitePath(Infinity)).toBe('value');
	});
});

describe('API families in resources and operations', () => {
	test("an operation's requests carry its resource's family unless the operation or the request names another", async () => {
		const make = (operation: string, extra: Partial<Parameters<typeof defineOperation>[0]> = {}) =>
			defineOperation({ resource: 'account', operation, name: operation, action: operation, fields: [], request: () => ({ method: 'GET', path: `/${operation}` }), ...extra });
		const resources: ResourceSpec[] = [
			{
				value: 'account',
				name: 'Account',
				family: 'platform',
				operations: [make('a'), make('b', { family: 'public' }), make('c', { request: () => ({ method: 'GET', path: '/c', family: 'root' }) })],
			},
		];
		const sent: ApiRequest[] = [];
		const router = createRouter({ resources, transport: async (req) => (sent.push(req), { status: 200, headers: {}, body: {} }) });
		for (const operation of ['a', 'b', 'c']) await router.call(createExecuteContext({ parameters: { resource: 'account', operation } }) as never);
		expect(sent.map((r) => `${r.path} ${r.family}`)).toEqual(['/a platform', '/b public', '/c root']);
	});
});
