/**
 * One platform-neutral test harness for node packages: the node runs for real (router, transport,
 * core's request path, the credential's authenticate) over HTTP against a fake server; nothing is
 * mocked. The node type is always passed, so the editor defaults declared on its fields apply as
 * they do in n8n. `serveWebhook` plays n8n's webhook endpoint for a trigger node.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, INodeExecutionData, INodeType } from 'n8n-workflow';
import {
	createExecuteContext,
	createHookContext,
	createLoadOptionsContext,
	createPollContext,
	createWebhookContext,
	type ContextOptions,
} from './contexts';
import type { LoggedRequest } from './fake-server';

/** What the harness needs of a fake server. */
export interface HarnessFake {
	start(port?: number): Promise<unknown>;
	stop(): Promise<unknown>;
	clearLog(): void;
	readonly requests: LoggedRequest[];
	/** Throws when the fake saw a request outside the platform's contract (spec or route table). */
	assertNoViolations?(): void;
}

export interface NodeHarnessOptions<F extends HarnessFake> {
	/** The action node (trigger nodes are passed to the context helpers). */
	node: INodeType;
	/** Creates a fresh fake server. */
	fake: () => F;
	/** The credentials pointing at the fake, by credential type name. */
	credentials: (fake: F) => Record<string, ICredentialDataDecryptedObject>;
	credentialTypes: ICredentialType[];
	/** A fake per test instead of one per file (each test then starts from the seed). */
	each?: boolean;
}

type Parameters_ = Record<string, unknown> | ((itemIndex: number) => Record<string, unknown>);

/** A node error as the tests read it. */
export type NodeError = Error & { context?: IDataObject; httpCode?: string | null; description?: string | null };

export interface NodeHarness<F extends HarnessFake> {
	/** The running fake (started before each file or test, stopped after, checked for violations). */
	readonly fake: F;
	/** Runs the action node once and returns its first output. */
	run(parameters: Parameters_, extra?: Partial<ContextOptions>): Promise<INodeExecutionData[]>;
	/** Runs the action node expecting a failure; returns the error. */
	runError(parameters: Parameters_, extra?: Partial<ContextOptions>): Promise<NodeError>;
	/** The fake's request log in a comparable shape: method, decoded path, query, body when present. */
	requests(): Array<{ method: string; path: string; query: IDataObject; body?: unknown }>;
	/** A context of the given kind for a node of this package, with the fake's credentials. */
	context(kind: 'execute' | 'loadOptions' | 'poll' | 'hook', o?: Partial<ContextOptions> & { nodeType?: INodeType }): ReturnType<typeof createExecuteContext>;
	/** A listSearch method of the node (or of `nodeType`), called like n8n's editor calls it. */
	listSearch(name: string, filter?: string, token?: string, parameters?: Record<string, unknown>): Promise<{ results: Array<{ name: string; value: string | number }>; paginationToken?: unknown }>;
	/** A loadOptions method of the node, called like n8n's editor calls it. */
	loadOptions(name: string, parameters?: Record<string, unknown>): Promise<Array<{ name: string; value: string | number | boolean }>>;
}

/** `{ __rl: true, mode: 'id', value }`: a resource-locator value typed as an ID. */
export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

/** The JSON of output items. */
export const jsonOf = (items: INodeExecutionData[]) => items.map((i) => i.json);

/**
 * Sets up a fake server for the enclosing test file (or each test) and returns the helpers that run
 * the node against it. Call it at the top level of a test file or inside a `describe`.
 */
export function nodeHarness<F extends HarnessFake>(opts: NodeHarnessOptions<F>): NodeHarness<F> {
	let current: F | undefined;
	const start = async () => {
		current = opts.fake();
		await current.start();
	};
	const stop = async () => {
		const fake = current;
		current = undefined;
		if (!fake) return;
		await fake.stop();
		fake.assertNoViolations?.();
	};
	if (opts.each) {
		beforeEach(start);
		afterEach(stop);
	} else {
		beforeAll(start);
		afterAll(stop);
		beforeEach(() => current?.clearLog());
	}
	return harnessOver(() => {
		if (!current) throw new Error('nodeHarness: the fake is not running (use the harness inside a test)');
		return current;
	}, opts);
}

/**
 * The same harness over a fake of the test's own, for the length of `body`: the fake is created,
 * started, then stopped and checked for violations when `body` ends. For a test that needs a fake
 * configured its own way (a seed, a quirk) inside a file whose other tests share one.
 */
export async function withHarness<F extends HarnessFake, T>(opts: Omit<NodeHarnessOptions<F>, 'each'>, body: (h: NodeHarness<F>) => Promise<T>): Promise<T> {
	const fake = opts.fake();
	await fake.start();
	try {
		return await body(harnessOver(() => fake, opts));
	} finally {
		await fake.stop();
		fake.assertNoViolations?.();
	}
}

/** The helpers of a harness over the fake `fake()` returns. */
function harnessOver<F extends HarnessFake>(fake: () => F, opts: Omit<NodeHarnessOptions<F>, 'each'>): NodeHarness<F> {
	const base = (extra: Partial<ContextOptions> = {}): ContextOptions => ({
		credentials: opts.credentials(fake()) as never,
		credentialTypes: opts.credentialTypes,
		nodeType: opts.node,
		...extra,
	});
	const harness: NodeHarness<F> = {
		get fake() {
			return fake();
		},
		async run(parameters, extra = {}) {
			const ctx = createExecuteContext({ ...base(extra), parameters });
			const [out] = (await opts.node.execute!.call(ctx as never)) as INodeExecutionData[][];
			return out;
		},
		async runError(parameters, extra = {}) {
			try {
				await harness.run(parameters, extra);
			} catch (error) {
				return error as NodeError;
			}
			throw new Error('expected the node to fail');
		},
		requests() {
			return fake().requests.map((r) => ({ method: r.method, path: r.path, query: r.query as IDataObject, ...(r.body !== undefined ? { body: r.body } : {}) }));
		},
		context(kind, o = {}) {
			const options = base(o);
			if (kind === 'loadOptions') return createLoadOptionsContext(options) as never;
			if (kind === 'poll') return createPollContext(options) as never;
			if (kind === 'hook') return createHookContext(options) as never;
			return createExecuteContext(options);
		},
		async listSearch(name, filter, token, parameters = {}) {
			const method = (opts.node.methods?.listSearch as Record<string, (this: unknown, f?: string, t?: string) => Promise<never>> | undefined)?.[name];
			if (!method) throw new Error(`the node has no listSearch method "${name}"`);
			return method.call(createLoadOptionsContext({ ...base(), parameters }), filter, token);
		},
		async loadOptions(name, parameters = {}) {
			const method = (opts.node.methods?.loadOptions as Record<string, (this: unknown) => Promise<never>> | undefined)?.[name];
			if (!method) throw new Error(`the node has no loadOptions method "${name}"`);
			return method.call(createLoadOptionsContext({ ...base(), parameters }));
		},
	};
	return harness;
}

export interface ServedWebhook {
	/** The URL to post deliveries to (like n8n's production webhook URL). */
	url: string;
	/** The items of each workflow run started, in order. */
	runs: IDataObject[][];
	/** Every answer sent: status and body. */
	answers: Array<{ status: number; body: unknown }>;
	staticData: IDataObject;
	close(): Promise<void>;
}

export interface ServeWebhookOptions {
	parameters: IDataObject;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	credentialTypes?: ICredentialType[];
	staticData?: IDataObject;
	/** The node's id and workflow id (delivery caches are per workflow node). */
	node?: { id?: string; name?: string };
	workflowId?: string;
	/** Query string the URL carries (e.g. `?key=…` for unsigned website hooks). */
	query?: string;
}

/** serveWebhook's 500 answer when webhook() returned `noWebhookResponse` without answering on the response object. */
export const NOT_ANSWERED = 'serveWebhook: webhook() returned noWebhookResponse but sent no answer (n8n would leave the request hanging)';

/**
 * An n8n-like webhook endpoint for a trigger node (responseMode "onReceived"): each POST runs the
 * node's webhook() with the exact bytes received; a run started is recorded in `runs`; when the
 * node answers itself (`noWebhookResponse`), its answer is sent as it set it.
 */
export async function serveWebhook(trigger: INodeType, o: ServeWebhookOptions): Promise<ServedWebhook> {
	if (!trigger.webhook) throw new Error('serveWebhook: the node has no webhook()');
	const runs: IDataObject[][] = [];
	const answers: ServedWebhook['answers'] = [];
	const staticData = o.staticData ?? {};
	const endpointUrl = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/0b7e5d1c/webhook`;
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			void (async () => {
				const rawBody = Buffer.concat(chunks);
				const headers: Record<string, string> = {};
				for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
				let body: unknown = {};
				try {
					body = rawBody.length ? JSON.parse(rawBody.toString('utf8')) : {};
				} catch {
					body = {};
				}
				const url = new URL(req.url ?? '/', 'http://127.0.0.1');
				const query: IDataObject = {};
				url.searchParams.forEach((value, key) => (query[key] = value));
				const answer = (status: number, payload: unknown) => {
					answers.push({ status, body: payload });
					res.writeHead(status, { 'content-type': 'application/json' });
					res.end(JSON.stringify(payload ?? {}));
				};
				try {
					const ctx = createWebhookContext({
						parameters: o.parameters,
						staticData,
						nodeType: trigger,
						credentials: (o.credentials ?? {}) as never,
						credentialTypes: o.credentialTypes ?? [],
						node: o.node,
						workflow: o.workflowId ? { id: o.workflowId } : undefined,
						// n8n's getNodeWebhookUrl: the production URL, i.e. this endpoint's (without the query).
						webhookUrl: endpointUrl(),
						request: { headers, rawBody, body, query, method: req.method, path: url.pathname },
					} as ContextOptions);
					const result = await trigger.webhook!.call(ctx as never);
					if (result.noWebhookResponse) {
						// n8n sends nothing then: a node that did not answer would leave the request hanging.
						if (!ctx.response.ended) answer(500, { message: NOT_ANSWERED });
						else answer(ctx.response.status ?? 200, ctx.response.body);
						return;
					}
					if (result.workflowData) runs.push(result.workflowData[0].map((i) => i.json));
					answer(200, result.webhookResponse ?? { message: result.workflowData ? 'Workflow was started' : 'Webhook call received' });
				} catch (error) {
					answer(500, { message: (error as Error).message });
				}
			})();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `${endpointUrl()}${o.query ?? ''}`,
		runs,
		answers,
		staticData,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

/**
 * serveWebhook for a test file: the function returned opens an endpoint for `trigger`, and every
 * endpoint opened in a test is closed after it. Call it at the top level of a test file or inside a
 * `describe`.
 */
export function useWebhookEndpoints(trigger: INodeType): (o: ServeWebhookOptions) => Promise<ServedWebhook> {
	const open: ServedWebhook[] = [];
	afterEach(async () => {
		await Promise.all(open.splice(0).map((served) => served.close()));
	});
	return async (o) => {
		const served = await serveWebhook(trigger, o);
		open.push(served);
		return served;
	};
}
