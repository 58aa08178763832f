import type { ICredentialDataDecryptedObject, ICredentialType, IExecuteFunctions, IHttpRequestOptions, INodeType, IWebhookFunctions } from 'n8n-workflow';
import { FakeServer, NOT_ANSWERED, httpSend, nodeHarness, serveWebhook, useWebhookEndpoints, withHarness, byId } from '../src';

class DemoApi implements ICredentialType {
	name = 'demoApi';
	displayName = 'Demo';
	properties = [];
	async authenticate(c: ICredentialDataDecryptedObject, o: IHttpRequestOptions) {
		return { ...o, headers: { ...o.headers, 'x-token': String(c.token) } };
	}
}

/** A node with a defaulted field: the harness must apply the default as n8n does. */
const demoNode: INodeType = {
	description: {
		displayName: 'Demo',
		name: 'demo',
		group: ['transform'],
		version: 1,
		description: 'demo',
		defaults: { name: 'Demo' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [
			{ displayName: 'Status', name: 'status', type: 'options', default: 'open', options: [{ name: 'Open', value: 'open' }, { name: 'All', value: 'all' }] },
			{ displayName: 'Item', name: 'itemId', type: 'resourceLocator', default: { mode: 'id', value: '' }, modes: [{ displayName: 'ID', name: 'id', type: 'string' }] },
		],
	},
	methods: {
		loadOptions: {
			async getStatuses() {
				return [{ name: 'Open', value: 'open' }];
			},
		},
	},
	async execute(this: IExecuteFunctions) {
		const status = this.getNodeParameter('status', 0) as string;
		const id = this.getNodeParameter('itemId', 0, '', { extractValue: true }) as string;
		const credentials = await this.getCredentials('demoApi');
		const body = await this.helpers.httpRequestWithAuthentication.call(this, 'demoApi', { method: 'GET', url: `${String(credentials.baseUrl)}/items/${id}`, qs: { status }, json: true });
		return [[{ json: body as never }]];
	},
};

/** The demo fake: items echo their id and the status asked; `tag` marks a fake configured its own way. */
const demoFake = (tag = 'shared') =>
	new FakeServer({
		name: 'demo',
		state: {},
		auth: (req) => (req.headers['x-token'] === 't0k3n' ? undefined : { status: 401, body: { error: 'no' } }),
		routes: [{ method: 'GET', path: '/items/:id', handler: (req) => ({ body: { id: req.params.id, status: req.query.status, tag } }) }],
	});
const demoHarness = { node: demoNode, credentials: (fake: FakeServer<object>) => ({ demoApi: { baseUrl: fake.url, token: 't0k3n' } }), credentialTypes: [new DemoApi()] };

describe('nodeHarness', () => {
	const h = nodeHarness({ ...demoHarness, fake: () => demoFake() });

	test("the node type's defaults apply (Status defaults to open) and resource locators are extracted", async () => {
		const out = await h.run({ itemId: byId('42') });
		expect(out.map((i) => i.json)).toEqual([{ id: '42', status: 'open', tag: 'shared' }]);
		expect(h.requests()).toEqual([{ method: 'GET', path: '/items/42', query: { status: 'open' } }]);
	});

	test('each test starts with an empty request log; runError returns the failure', async () => {
		expect(h.requests()).toEqual([]);
		const error = await h.runError({ itemId: byId('1') }, { credentials: { demoApi: { baseUrl: h.fake.url, token: 'wrong' } } as never });
		expect(error.message).toBeTruthy();
		// (the test kit's httpRequestWithAuthentication may try a refused call twice, as n8n can)
		expect(new Set(h.requests().map((r) => r.path))).toEqual(new Set(['/items/1']));
	});

	test('loadOptions methods are called like the editor calls them', async () => {
		expect(await h.loadOptions('getStatuses')).toEqual([{ name: 'Open', value: 'open' }]);
		await expect(h.loadOptions('nope')).rejects.toThrow('the node has no loadOptions method "nope"');
	});

	test("withHarness: a test's own fake, with the same helpers, started for the body and stopped after it", async () => {
		let own: FakeServer<object> | undefined;
		const items = await withHarness({ ...demoHarness, fake: () => (own = demoFake('own')) }, async (mine) => {
			const out = await mine.run({ itemId: byId(7), status: 'all' });
			expect(mine.requests()).toEqual([{ method: 'GET', path: '/items/7', query: { status: 'all' } }]);
			return out.map((i) => i.json);
		});
		expect(items).toEqual([{ id: '7', status: 'all', tag: 'own' }]);
		await expect(httpSend(`${own!.url}/items/7`, { headers: { 'x-token': 't0k3n' } })).rejects.toThrow();
		// The file's fake saw none of it.
		expect(h.requests()).toEqual([]);
	});

	test('withHarness stops its fake when the body fails', async () => {
		let own: FakeServer<object> | undefined;
		await expect(
			withHarness({ ...demoHarness, fake: () => (own = demoFake('own')) }, async () => {
				throw new Error('the test failed');
			}),
		).rejects.toThrow('the test failed');
		await expect(httpSend(`${own!.url}/items/7`, { headers: { 'x-token': 't0k3n' } })).rejects.toThrow();
	});
});

describe('serveWebhook', () => {
	const trigger: INodeType = {
		description: { ...demoNode.description, name: 'demoTrigger', group: ['trigger'], inputs: [], properties: [{ displayName: 'Key', name: 'key', type: 'string', default: '' }] },
		async webhook(this: IWebhookFunctions) {
			const expected = this.getNodeParameter('key', '') as string;
			if ((this.getQueryData() as { key?: string }).key !== expected) {
				this.getResponseObject().status(401).json({ message: 'bad key' });
				return { noWebhookResponse: true };
			}
			return { workflowData: [[{ json: this.getBodyData() }]] };
		},
	};

	test('a delivery with the right key starts a run with the body; a wrong one is answered 401 and starts nothing', async () => {
		const served = await serveWebhook(trigger, { parameters: { key: 's3cret' }, query: '?key=s3cret' });
		try {
			await httpSend(served.url, { method: 'POST', body: JSON.stringify({ a: 1 }), headers: { 'content-type': 'application/json' } });
			const wrong = served.url.replace('key=s3cret', 'key=nope');
			const res = await httpSend(wrong, { method: 'POST', body: JSON.stringify({ a: 2 }), headers: { 'content-type': 'application/json' } });
			expect(res.status).toBe(401);
			expect(served.runs).toEqual([[{ a: 1 }]]);
			expect(served.answers.map((a) => a.status)).toEqual([200, 401]);
		} finally {
			await served.close();
		}
	});
	test('a node that returns noWebhookResponse without answering gets a 500 saying so (n8n would leave the request hanging)', async () => {
		const silent: INodeType = { ...trigger, webhook: async () => ({ noWebhookResponse: true }) };
		const served = await serveWebhook(silent, { parameters: {} });
		try {
			const res = await httpSend(served.url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
			expect([res.status, res.body]).toEqual([500, { message: NOT_ANSWERED }]);
			expect(served.answers).toEqual([{ status: 500, body: { message: NOT_ANSWERED } }]);
			expect(served.runs).toEqual([]);
		} finally {
			await served.close();
		}
	});

	describe('useWebhookEndpoints', () => {
		const serve = useWebhookEndpoints(trigger);
		let earlier: string | undefined;

		test('opens endpoints for the trigger with the options given', async () => {
			const [a, b] = await Promise.all([serve({ parameters: { key: 'a' }, query: '?key=a' }), serve({ parameters: { key: 'b' }, query: '?key=a' })]);
			const post = (url: string) => httpSend(url, { method: 'POST', body: JSON.stringify({ n: 1 }), headers: { 'content-type': 'application/json' } });
			expect([(await post(a.url)).status, (await post(b.url)).status]).toEqual([200, 401]);
			expect([a.runs, b.runs]).toEqual([[[{ n: 1 }]], []]);
			earlier = a.url;
		});

		test('closes them after the test that opened them', async () => {
			expect(earlier).toBeDefined();
			await expect(httpSend(earlier!, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).rejects.toThrow();
		});
	});
});
