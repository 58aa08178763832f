import type { IDataObject, INodeType } from 'n8n-workflow';
import { ApplicationError, NodeOperationError } from 'n8n-workflow';

import {
	FakeServer,
	NotImplementedError,
	createExecuteContext,
	createHookContext,
	createLoadOptionsContext,
	createPollContext,
	createWebhookContext,
	runCredentialTest,
} from '../src';

import { API_TOKEN, DemoApi, createDemoServer, type DemoState } from './fixtures';

describe('getNodeParameter', () => {
	const ctx = createExecuteContext({
		parameters: {
			resource: 'contact',
			limit: 0,
			flag: false,
			additionalFields: { email: 'a@b.c', tags: ['x', 'y'] },
			contactId: { __rl: true, mode: 'id', value: '42' },
			conversationUrl: { __rl: true, mode: 'url', value: 'https://app.chatwoot.com/app/accounts/1/conversations/9' },
			count: '12',
			computed: '={{ $json.name.toUpperCase() }}-{{ $itemIndex }}',
		},
		items: [{ json: { name: 'ada' } }, { json: { name: 'grace' } }],
	});

	it('returns values, including falsy ones, and supports dotted / indexed paths', () => {
		expect(ctx.getNodeParameter('resource', 0)).toBe('contact');
		expect(ctx.getNodeParameter('limit', 0, 50)).toBe(0);
		expect(ctx.getNodeParameter('flag', 0, true)).toBe(false);
		expect(ctx.getNodeParameter('additionalFields.email', 0)).toBe('a@b.c');
		expect(ctx.getNodeParameter('additionalFields.tags[1]', 0)).toBe('y');
	});

	it('uses the fallback only when the value is undefined, and throws like n8n otherwise', () => {
		expect(ctx.getNodeParameter('additionalFields.phone', 0, '')).toBe('');
		expect(ctx.getNodeParameter('options', 0, {})).toEqual({});
		let thrown: unknown;
		try {
			ctx.getNodeParameter('missing', 0);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(ApplicationError);
		expect((thrown as Error).message).toBe('Could not get parameter');
	});

	it('returns copies, so node code cannot mutate the parameters', () => {
		const fields = ctx.getNodeParameter('additionalFields', 0) as { email: string };
		fields.email = 'changed';
		expect(ctx.getNodeParameter('additionalFields.email', 0)).toBe('a@b.c');
	});

	it('extractValue unwraps resource locators (any mode when no nodeType is given)', () => {
		expect(ctx.getNodeParameter('contactId', 0)).toEqual({ __rl: true, mode: 'id', value: '42' });
		expect(ctx.getNodeParameter('contactId', 0, undefined, { extractValue: true })).toBe('42');
		expect(ctx.getNodeParameter('conversationUrl', 0, undefined, { extractValue: true })).toBe(
			'https://app.chatwoot.com/app/accounts/1/conversations/9',
		);
	});

	it('ensureType converts or throws', () => {
		expect(ctx.getNodeParameter('count', 0, undefined, { ensureType: 'number' })).toBe(12);
		expect(() => ctx.getNodeParameter('resource', 0, undefined, { ensureType: 'number' })).toThrow(
			"Parameter 'resource' must be a number, but we got 'contact'",
		);
	});

	it('evaluates "=" expressions per item with $json', () => {
		expect(ctx.getNodeParameter('computed', 0)).toBe('ADA-0');
		expect(ctx.getNodeParameter('computed', 1)).toBe('GRACE-1');
		expect(ctx.getNodeParameter('computed', 1, undefined, { rawExpressions: true })).toBe(
			'={{ $json.name.toUpperCase() }}-{{ $itemIndex }}',
		);
	});

	it('supports per-item parameter functions', () => {
		const perItem = createExecuteContext({
			parameters: (i) => ({ contactId: `c-${i}` }),
			items: [{ json: {} }, { json: {} }],
		});
		expect(perItem.getNodeParameter('contactId', 0)).toBe('c-0');
		expect(perItem.getNodeParameter('contactId', 1)).toBe('c-1');
		expect(perItem.getNode().parameters).toEqual({ contactId: 'c-0' });
	});

	it('with a nodeType: fills defaults like n8n and applies resource-locator regexes', () => {
		const nodeType = {
			description: {
				displayName: 'Demo',
				name: 'demo',
				group: ['transform'],
				version: 1,
				description: '',
				defaults: { name: 'Demo' },
				inputs: ['main'],
				outputs: ['main'],
				properties: [
					{
						displayName: 'Resource',
						name: 'resource',
						type: 'options',
						options: [{ name: 'Contact', value: 'contact' }],
						default: 'contact',
					},
					{
						displayName: 'Conversation',
						name: 'conversation',
						type: 'resourceLocator',
						default: { mode: 'id', value: '' },
						modes: [
							{ displayName: 'ID', name: 'id', type: 'string' },
							{
								displayName: 'URL',
								name: 'url',
								type: 'string',
								extractValue: { type: 'regex', regex: 'conversations/(\\d+)' },
							},
						],
					},
					{
						displayName: 'Additional Fields',
						name: 'additionalFields',
						type: 'collection',
						default: {},
						options: [{ displayName: 'Email', name: 'email', type: 'string', default: '' }],
					},
				],
			},
		} as unknown as INodeType;
		const typed = createExecuteContext({
			nodeType,
			parameters: {
				conversation: { __rl: true, mode: 'url', value: 'https://x/app/accounts/1/conversations/77' },
			},
		});
		expect(typed.getNodeParameter('resource', 0)).toBe('contact');
		expect(typed.getNodeParameter('additionalFields', 0)).toEqual({});
		expect(typed.getNodeParameter('conversation', 0, undefined, { extractValue: true })).toBe('77');
		const bad = createExecuteContext({
			nodeType,
			parameters: { conversation: { __rl: true, mode: 'url', value: 'https://x/nothing' } },
		});
		expect(() => bad.getNodeParameter('conversation', 0, undefined, { extractValue: true })).toThrow(
			"ERROR: Conversation parameter's value is invalid. This is likely because the URL entered is incorrect",
		);
	});
});

describe('execute context basics', () => {
	it('exposes node, input, flags, static data and workflow info', async () => {
		const staticData: IDataObject = { lastId: 3 };
		const ctx = createExecuteContext({
			node: { name: 'Chatwoot', type: 'n8n-nodes-leadchat.chatwoot', typeVersion: 2 },
			items: [{ json: { a: 1 } }],
			continueOnFail: true,
			staticData,
			timezone: 'America/Argentina/Buenos_Aires',
			credentials: { demoApi: { apiToken: API_TOKEN } },
		});
		expect(ctx.getNode()).toMatchObject({
			id: 'node-1',
			name: 'Chatwoot',
			type: 'n8n-nodes-leadchat.chatwoot',
			typeVersion: 2,
			position: [0, 0],
			credentials: { demoApi: { id: 'cred-demoApi', name: 'demoApi account' } },
		});
		expect(ctx.getInputData()).toEqual([{ json: { a: 1 } }]);
		expect(ctx.continueOnFail()).toBe(true);
		expect(ctx.getMode()).toBe('manual');
		expect(ctx.getTimezone()).toBe('America/Argentina/Buenos_Aires');
		expect(ctx.getWorkflow()).toEqual({ id: 'wf-1', name: 'Test', active: true });
		const nodeData = ctx.getWorkflowStaticData('node');
		nodeData.lastId = 4;
		expect(staticData.lastId).toBe(4);
		expect(ctx.getWorkflowStaticData('global')).toBe(staticData);
		expect(() => ctx.getWorkflowStaticData('other')).toThrow(/not known/);
		expect(await ctx.getCredentials('demoApi')).toEqual({ apiToken: API_TOKEN });
		ctx.logger.warn('careful', { x: 1 });
		expect(ctx.logs).toEqual([{ level: 'warn', message: 'careful', metadata: { x: 1 } }]);
	});

	it('item helpers behave like n8n', () => {
		const ctx = createExecuteContext();
		const items = ctx.helpers.returnJsonArray([{ id: 1 }, { id: 2 }]);
		expect(items).toEqual([{ json: { id: 1 } }, { json: { id: 2 } }]);
		expect(ctx.helpers.returnJsonArray({ id: 3 })).toEqual([{ json: { id: 3 } }]);
		expect(ctx.helpers.constructExecutionMetaData(items, { itemData: { item: 4 } })).toEqual([
			{ json: { id: 1 }, pairedItem: { item: 4 } },
			{ json: { id: 2 }, pairedItem: { item: 4 } },
		]);
	});

	it('binary helpers use base64 in-memory data', async () => {
		const ctx = createExecuteContext();
		const binary = await ctx.helpers.prepareBinaryData(Buffer.from('hello world'), 'notes/readme.txt');
		expect(binary).toMatchObject({
			data: Buffer.from('hello world').toString('base64'),
			mimeType: 'text/plain',
			fileType: 'text',
			fileName: 'readme.txt',
			directory: 'notes',
			fileExtension: 'txt',
			fileSize: '11 B',
		});
		const png = await ctx.helpers.prepareBinaryData(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
		expect(png).toMatchObject({ mimeType: 'image/png', fileType: 'image', fileExtension: 'png' });

		const withBinary = createExecuteContext({ items: [{ json: {}, binary: { data: binary } }, { json: {} }] });
		expect(withBinary.helpers.assertBinaryData(0, 'data')).toBe(binary);
		expect((await withBinary.helpers.getBinaryDataBuffer(0, 'data')).toString()).toBe('hello world');
		expect(() => withBinary.helpers.assertBinaryData(0, 'file')).toThrow("The item has no binary field 'file' [item 0]");
		expect(() => withBinary.helpers.assertBinaryData(1, 'data')).toThrow(NodeOperationError);
	});

	it('throws a clear error for anything not implemented', () => {
		const ctx = createExecuteContext();
		expect(() => ctx.executeWorkflow({})).toThrow(NotImplementedError);
		expect(() => ctx.executeWorkflow({})).toThrow('testkit: IExecuteFunctions.executeWorkflow() is not implemented');
		expect(() => ctx.helpers.request('http://127.0.0.1')).toThrow('IExecuteFunctions.helpers.request()');
		expect(() => ctx.customData).toThrow('IExecuteFunctions.customData');
		// optional members stay undefined so feature detection works
		expect(ctx.onExecutionFinish).toBeUndefined();
		expect('getExecutionCancelSignal' in ctx).toBe(true);
	});
});

describe('other contexts', () => {
	let server: FakeServer<DemoState>;
	let base: string;

	beforeAll(async () => {
		server = createDemoServer({ withAuth: true });
		base = await server.start();
	});
	afterAll(async () => {
		await server.stop();
	});

	it('poll context: emits, keeps static data across "restarts", uses (name, fallback) parameters', async () => {
		const staticData: IDataObject = {};
		const first = createPollContext({
			parameters: { event: 'contact_created' },
			staticData,
			credentials: { demoApi: { baseUrl: base, apiToken: API_TOKEN } },
			credentialTypes: [DemoApi],
		});
		expect(first.getNodeParameter('event')).toBe('contact_created');
		expect(first.getNodeParameter('limit', 10)).toBe(10);
		expect(first.getMode()).toBe('trigger');
		expect(first.getActivationMode()).toBe('activate');
		const contact = await first.helpers.httpRequestWithAuthentication.call(first, 'demoApi', {
			url: `${base}/api/v1/accounts/1/contacts/1`,
		});
		first.getWorkflowStaticData('node').lastSeen = (contact as { payload: { id: string } }).payload.id;
		first.__emit([first.helpers.returnJsonArray([{ id: 1 }])]);
		expect(first.emitted).toEqual([[[{ json: { id: 1 } }]]]);

		const second = createPollContext({ staticData });
		expect(second.getWorkflowStaticData('node')).toEqual({ lastSeen: '1' });
	});

	it('hook context: webhook URL, name, activation mode, request helpers only', async () => {
		const ctx = createHookContext({
			webhookUrl: 'http://127.0.0.1:5678/webhook/abc',
			parameters: { events: ['message_created'] },
			credentials: { demoApi: { baseUrl: base, apiToken: API_TOKEN } },
			credentialTypes: [DemoApi],
		});
		expect(ctx.getNodeWebhookUrl('default')).toBe('http://127.0.0.1:5678/webhook/abc');
		expect(ctx.getWebhookName()).toBe('default');
		expect(ctx.getActivationMode()).toBe('activate');
		expect(ctx.getNodeParameter('events')).toEqual(['message_created']);
		await expect(
			ctx.helpers.httpRequestWithAuthentication.call(ctx, 'demoApi', { url: `${base}/public` }),
		).resolves.toEqual({ ok: true });
		// IHookFunctions.helpers has no returnJsonArray in n8n either
		expect(() => (ctx.helpers as unknown as { returnJsonArray: () => void }).returnJsonArray()).toThrow(NotImplementedError);
	});

	it('webhook context: request data in, response out', () => {
		const rawBody = Buffer.from('{"event":"message_created","id":5}');
		const ctx = createWebhookContext({
			request: {
				headers: { 'Content-Type': 'application/json', 'X-Chatwoot-Signature': 'sha256=abc' },
				rawBody,
				query: { token: 'q' },
			},
			parameters: { secret: 's3cr3t' },
		});
		expect(ctx.getMode()).toBe('webhook');
		expect(ctx.getBodyData()).toEqual({ event: 'message_created', id: 5 });
		expect(ctx.getHeaderData()['x-chatwoot-signature']).toBe('sha256=abc');
		expect(ctx.getQueryData()).toEqual({ token: 'q' });
		const req = ctx.getRequestObject();
		expect(req.rawBody).toBe(rawBody);
		expect(req.method).toBe('POST');
		expect(req.get('content-type')).toBe('application/json');
		expect(ctx.getNodeParameter('secret')).toBe('s3cr3t');

		const res = ctx.getResponseObject();
		res.status(401).json({ error: 'bad signature' });
		expect(ctx.response).toEqual({
			status: 401,
			body: { error: 'bad signature' },
			headers: { 'content-type': 'application/json; charset=utf-8' },
			ended: true,
		});

		const plain = createWebhookContext({ request: { body: { a: 1 } } });
		expect(plain.getRequestObject().rawBody.toString()).toBe('{"a":1}');
		plain.getResponseObject().setHeader('X-A', 'b');
		plain.getResponseObject().end();
		expect(plain.response).toMatchObject({ status: 200, headers: { 'x-a': 'b' }, ended: true });
	});

	it('load options context: getCurrentNodeParameter(s)', async () => {
		const ctx = createLoadOptionsContext({
			parameters: { accountId: 1 },
			credentials: { demoApi: { baseUrl: base, apiToken: API_TOKEN } },
			credentialTypes: [DemoApi],
		});
		expect(ctx.getCurrentNodeParameter('accountId')).toBe(1);
		expect(ctx.getCurrentNodeParameter('nope')).toBeUndefined();
		expect(ctx.getCurrentNodeParameters()).toEqual({ accountId: 1 });
		expect(ctx.getNodeParameter('accountId')).toBe(1);
		const res = await ctx.helpers.httpRequestWithAuthentication.call(ctx, 'demoApi', {
			url: `${base}/api/v1/accounts/1/contacts/a%2Fb`,
		});
		expect(res).toMatchObject({ payload: { name: 'Slashy' } });
	});
});

describe('runCredentialTest', () => {
	let server: FakeServer<DemoState>;
	let base: string;

	beforeAll(async () => {
		server = createDemoServer({ withAuth: true });
		server.addRoute({ method: 'GET', path: '/api/v1/profile', handler: () => ({ body: { id: 1, name: 'Agent', role: 'agent' } }) });
		base = await server.start();
	});
	afterAll(async () => {
		await server.stop();
	});

	it('OK for a 2xx with authentication applied and the baseURL expression resolved', async () => {
		const result = await runCredentialTest(new DemoApi(), { baseUrl: `${base}/`, apiToken: API_TOKEN });
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!', httpCode: 200 });
		expect(server.lastRequest()).toMatchObject({ rawPath: '/api/v1/profile', query: { region: 'EU' } });
		expect(server.lastRequest()!.headers.api_access_token).toBe(API_TOKEN);
	});

	it('Error with the status text for a non-2xx (after n8n\'s single 401 retry)', async () => {
		server.clearLog();
		const result = await runCredentialTest(new DemoApi(), { baseUrl: base, apiToken: 'nope' });
		expect(result).toEqual({ status: 'Error', message: 'Unauthorized', httpCode: 401 });
		expect(server.requests.map((r) => r.status)).toEqual([401, 401]);
	});

	it('honours responseCode and responseSuccessBody rules', async () => {
		const withRules = new DemoApi();
		withRules.test = {
			request: { baseURL: '={{$credentials.baseUrl}}', url: '/api/v1/profile' },
			rules: [{ type: 'responseCode', properties: { value: 401, message: 'Invalid access token' } }],
		} as DemoApi['test'];
		await expect(runCredentialTest(withRules, { baseUrl: base, apiToken: 'nope' })).resolves.toEqual({
			status: 'Error',
			message: 'Invalid access token',
			httpCode: 401,
		});

		const bodyRule = new DemoApi();
		bodyRule.test = {
			request: { baseURL: '={{$credentials.baseUrl}}', url: '/api/v1/profile' },
			rules: [{ type: 'responseSuccessBody', properties: { key: 'role', value: 'agent', message: 'Use an administrator token' } }],
		} as unknown as DemoApi['test'];
		await expect(runCredentialTest(bodyRule, { baseUrl: base, apiToken: API_TOKEN })).resolves.toEqual({
			status: 'Error',
			message: 'Use an administrator token',
			httpCode: 200,
		});
	});

	it('Error with the network error code when the server is unreachable', async () => {
		const stopped = createDemoServer();
		const url = await stopped.start();
		await stopped.stop();
		await expect(runCredentialTest(new DemoApi(), { baseUrl: url, apiToken: API_TOKEN })).resolves.toEqual({
			status: 'Error',
			message: 'ECONNREFUSED',
		});
	});

	it('Error when the credential has no test', async () => {
		const noTest = new DemoApi();
		delete (noTest as { test?: unknown }).test;
		await expect(runCredentialTest(noTest, {})).resolves.toEqual({
			status: 'Error',
			message: 'No testing function found for this credential.',
		});
	});
});
