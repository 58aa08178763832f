/**
 * n8n function contexts (`this` of execute / poll / webhook / hook / loadOptions methods) that
 * make real HTTP calls, so node code is tested end to end against the fake servers.
 *
 * Anything n8n offers that is not implemented here throws
 * `testkit: <context>.<method>() is not implemented` when used, so gaps are visible.
 */
import type {
	EnsureTypeOptions,
	IBinaryData,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	IGetNodeParameterOptions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeProperties,
	INodeType,
	IPairedItemData,
	IPollFunctions,
	IWebhookFunctions,
	NodeExecutionHint,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { ApplicationError, ExpressionError, NodeApiError, NodeHelpers, NodeOperationError, deepCopy } from 'n8n-workflow';
import { Readable } from 'node:stream';

import {
	assertBinaryData,
	binaryDataToBuffer,
	binaryToBuffer,
	prepareBinaryData,
	setBinaryDataBuffer,
} from './binary';
import { resolveExpression, resolveExpressionsDeep } from './expressions';
import {
	credentialSecrets,
	performAuthenticatedRequest,
	performHttpRequest,
	withCredentialDefaults,
	type HttpLogEntry,
	type HttpRuntime,
} from './http';
import { parseQuery } from './query';


export interface CredentialClass {
	new (): ICredentialType;
}

export interface WebhookRequestOptions {
	headers?: Record<string, string>;
	/** Parsed body; when omitted it is derived from `rawBody` (JSON / urlencoded), else `{}`. */
	body?: unknown;
	/** Raw bytes; when omitted it is `JSON.stringify(body)` (or the string body). */
	rawBody?: Buffer;
	query?: IDataObject;
	params?: IDataObject;
	method?: string;
	/** Path of the request URL (default `/webhook/test`). */
	path?: string;
}

export interface ContextOptions {
	/** Merged over `{ id: 'node-1', name: 'Test Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} }`. */
	node?: Partial<INode>;
	/** Node parameters, optionally per item. */
	parameters?: Record<string, unknown> | ((itemIndex: number) => Record<string, unknown>);
	/** Decrypted credential data by credential type name. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Credential type instances (or classes) used to apply `authenticate`, defaults and redaction. */
	credentialTypes?: Array<ICredentialType | CredentialClass>;
	/** Input items (default `[{ json: {} }]`). */
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	/** Returned by `getWorkflowStaticData('node')` (and `'global'` unless `globalStaticData` is set). Keep it to simulate restarts. */
	staticData?: IDataObject;
	globalStaticData?: IDataObject;
	mode?: WorkflowExecuteMode;
	activationMode?: WorkflowActivateMode;
	/** `getNodeWebhookUrl('default')`. */
	webhookUrl?: string;
	/** Other webhook names (e.g. `setup`). */
	webhookUrls?: Record<string, string>;
	/** `getWebhookName()` (default `'default'`). */
	webhookName?: string;
	/** Incoming request for webhook contexts. */
	request?: WebhookRequestOptions;
	timezone?: string;
	/**
	 * Optional node type. When given, parameter defaults are filled exactly like n8n does when it
	 * loads a workflow (`NodeHelpers.getNodeParameters`), `extractValue` applies the
	 * resource-locator mode regexes, and `getWebhookDescription` works.
	 */
	nodeType?: INodeType;
	workflow?: { id?: string; name?: string; active?: boolean };
	/** Share an HTTP log between several contexts. */
	log?: HttpLogEntry[];
	/** `getPollBudgetMs()` for poll contexts (default 60000). */
	pollBudgetMs?: number;
}

export interface LoggedMessage {
	level: 'error' | 'warn' | 'info' | 'debug';
	message: string;
	metadata?: unknown;
}

export interface TestContextExtras {
	/** Every HTTP call made through the helpers, in order (credential secrets redacted). */
	log: HttpLogEntry[];
	/** Messages sent to `this.logger`. */
	logs: LoggedMessage[];
	/** Hints added with `addExecutionHints`. */
	hints: NodeExecutionHint[];
	/** The static data object (same one returned by `getWorkflowStaticData('node')`). */
	staticData: IDataObject;
	/** Current credential data by type (defaults applied, preAuthentication results merged in). */
	credentialStore: Record<string, ICredentialDataDecryptedObject>;
	/** Aborts the signal returned by `getExecutionCancelSignal()` (execute contexts only; a no-op elsewhere). */
	cancelExecution(): void;
}

export interface WebhookResponseState {
	status?: number;
	body?: unknown;
	headers: Record<string, string>;
	/** True once json()/send()/end()/sendStatus() was called. */
	ended: boolean;
}

export type ExecuteTestContext = IExecuteFunctions & TestContextExtras;
export type PollTestContext = IPollFunctions &
	TestContextExtras & { emitted: INodeExecutionData[][][]; emittedErrors: Error[] };
export type HookTestContext = IHookFunctions & TestContextExtras;
export type WebhookTestContext = IWebhookFunctions & TestContextExtras & { response: WebhookResponseState };
export type LoadOptionsTestContext = ILoadOptionsFunctions & TestContextExtras;

// -------------------------------------------------------------------------------------------
// "not implemented" proxies
// -------------------------------------------------------------------------------------------

/** Names probed by jest, promises and inspectors, or optional in n8n's interfaces: answer `undefined`. */
const TRANSPARENT = new Set([
	'then',
	'catch',
	'finally',
	'toJSON',
	'asymmetricMatch',
	'$$typeof',
	'nodeType',
	'tagName',
	'inspect',
	'length',
	// optional members of n8n's interfaces: nodes feature-detect them
	'onExecutionFinish',
	'listAgents',
	'getTestWebhookUser',
	'getDataTableProxy',
	'getDataTableAggregateProxy',
	'checkCredentialStatus',
]);

export class NotImplementedError extends Error {
	constructor(what: string) {
		super(`testkit: ${what} is not implemented by @leadchat/testkit`);
		this.name = 'NotImplementedError';
	}
}

function strict<T extends object>(target: T, label: string): T {
	return new Proxy(target, {
		get(object, property, receiver) {
			if (typeof property === 'symbol' || property in object) return Reflect.get(object, property, receiver);
			if (TRANSPARENT.has(property) || property.startsWith('@@') || property.startsWith('__')) return undefined;
			const what = `${label}.${property}()`;
			return () => {
				throw new NotImplementedError(what);
			};
		},
	});
}

function notImplementedGetter(target: object, property: string, label: string): void {
	Object.defineProperty(target, property, {
		enumerable: false,
		get() {
			throw new NotImplementedError(`${label}.${property}`);
		},
	});
}

// -------------------------------------------------------------------------------------------
// parameters
// -------------------------------------------------------------------------------------------

function parsePath(path: string): string[] {
	const keys: string[] = [];
	const pattern = /[^.[\]]+|\[(\d+|"[^"]*"|'[^']*')\]/g;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(path))) {
		const bracket = match[1];
		keys.push(bracket === undefined ? match[0] : bracket.replace(/^["']|["']$/g, ''));
	}
	return keys;
}

/** lodash `get` semantics. */
export function getPath(source: unknown, path: string): unknown {
	let current: unknown = source;
	for (const key of parsePath(path)) {
		if (current === null || current === undefined) return undefined;
		current = (current as Record<string, unknown>)[key];
	}
	return current;
}

function ensureType(toType: EnsureTypeOptions, value: unknown, parameterName: string, itemIndex: number): unknown {
	const errorOptions = { itemIndex, runIndex: 0 };
	let result = value;
	if (result === null) throw new ExpressionError(`Parameter '${parameterName}' must not be null`, errorOptions);
	if (result === undefined) {
		throw new ExpressionError(`Parameter '${parameterName}' could not be 'undefined'`, errorOptions);
	}
	if (toType === 'object' || toType === 'array' || toType === 'json') {
		if (typeof result !== 'object') {
			if (typeof result === 'string' && result.length) {
				try {
					result = JSON.parse(result);
				} catch (error) {
					throw new ExpressionError(`Parameter '${parameterName}' could not be parsed`, {
						...errorOptions,
						description: (error as Error).message,
					});
				}
			} else {
				throw new ExpressionError(
					`Parameter '${parameterName}' must be an ${toType}, but we got '${String(value)}'`,
					errorOptions,
				);
			}
		}
		if (toType === 'array' && !Array.isArray(result)) {
			throw new ExpressionError(`Parameter '${parameterName}' must be an array, but we got object`, errorOptions);
		}
	}
	if (toType === 'string') result = typeof result === 'object' ? JSON.stringify(result) : String(result);
	if (toType === 'number') {
		result = Number(result);
		if (Number.isNaN(result)) {
			throw new ExpressionError(
				`Parameter '${parameterName}' must be a number, but we got '${String(value)}'`,
				errorOptions,
			);
		}
	}
	if (toType === 'boolean') result = Boolean(result);
	return result;
}

function isResourceLocatorValue(value: unknown): value is { mode: string; value: unknown } {
	return typeof value === 'object' && value !== null && 'mode' in value && 'value' in value;
}

// -------------------------------------------------------------------------------------------
// shared base
// -------------------------------------------------------------------------------------------

type Kind = 'execute' | 'poll' | 'hook' | 'webhook' | 'loadOptions';

const DEFAULT_MODE: Record<Kind, WorkflowExecuteMode> = {
	execute: 'manual',
	poll: 'trigger',
	hook: 'trigger',
	webhook: 'webhook',
	loadOptions: 'internal',
};

const LABEL: Record<Kind, string> = {
	execute: 'IExecuteFunctions',
	poll: 'IPollFunctions',
	hook: 'IHookFunctions',
	webhook: 'IWebhookFunctions',
	loadOptions: 'ILoadOptionsFunctions',
};

function instantiateCredentialTypes(list: ContextOptions['credentialTypes']): Map<string, ICredentialType> {
	const map = new Map<string, ICredentialType>();
	for (const entry of list ?? []) {
		const instance = typeof entry === 'function' ? new (entry as CredentialClass)() : entry;
		map.set(instance.name, instance);
	}
	return map;
}

interface Base {
	ctx: Record<string, unknown>;
	helpers: Record<string, unknown>;
	extras: TestContextExtras;
	node: INode;
	items: INodeExecutionData[];
	getParameter: (name: string, itemIndex: number, fallback?: unknown, options?: IGetNodeParameterOptions) => unknown;
	parametersFor: (itemIndex: number) => INodeParameters;
	runtime: HttpRuntime;
}

function createBase(o: ContextOptions, kind: Kind): Base {
	const label = LABEL[kind];
	const credentialTypes = instantiateCredentialTypes(o.credentialTypes);
	const credentialStore: Record<string, ICredentialDataDecryptedObject> = {};
	for (const [type, data] of Object.entries(o.credentials ?? {})) {
		credentialStore[type] = withCredentialDefaults(credentialTypes.get(type), data);
	}

	const rawParameters = (itemIndex: number): Record<string, unknown> =>
		(typeof o.parameters === 'function' ? o.parameters(itemIndex) : o.parameters) ?? {};

	const node: INode = {
		id: 'node-1',
		name: 'Test Node',
		type: 'test',
		typeVersion: 1,
		position: [0, 0],
		...(o.node ?? {}),
		parameters: deepCopy(
			(o.parameters === undefined && o.node?.parameters ? o.node.parameters : rawParameters(0)) as INodeParameters,
		),
	} as INode;
	if (!node.credentials && Object.keys(credentialStore).length > 0) {
		node.credentials = Object.fromEntries(
			Object.keys(credentialStore).map((type) => [type, { id: `cred-${type}`, name: `${type} account` }]),
		);
	}

	const description = o.nodeType?.description;
	const parametersFor = (itemIndex: number): INodeParameters => {
		const raw = (o.parameters === undefined && o.node?.parameters ? o.node.parameters : rawParameters(itemIndex)) as INodeParameters;
		if (!description) return raw;
		const withDefaults = NodeHelpers.getNodeParameters(description.properties, raw, true, false, node, description);
		return withDefaults ?? {};
	};
	if (description) node.parameters = parametersFor(0);

	const items: INodeExecutionData[] = o.items ?? [{ json: {} }];
	const staticData = o.staticData ?? {};
	const log = o.log ?? [];
	const logs: LoggedMessage[] = [];
	const hints: NodeExecutionHint[] = [];
	const abort = new AbortController();

	const runtime: HttpRuntime = {
		log,
		secrets: () =>
			Object.entries(credentialStore).flatMap(([type, data]) => credentialSecrets(credentialTypes.get(type), data)),
	};

	const extractValue = (value: unknown, name: string, parameters: INodeParameters): unknown => {
		if (!description) return isResourceLocatorValue(value) ? value.value : value;
		const property = NodeHelpers.findDisplayedProperty(name, description.properties, parameters, node, description);
		if (!property) {
			throw new NodeOperationError(node, new ApplicationError('Could not find property', { extra: { parameterName: name } }));
		}
		const runRegex = (text: unknown, regexSource: string, displayName: string) => {
			if (typeof text !== 'string') {
				throw new NodeOperationError(node, "ERROR: This parameter's value is invalid. Please enter a valid mode.");
			}
			const extracted = new RegExp(regexSource).exec(text);
			if (!extracted) {
				throw new NodeOperationError(
					node,
					`ERROR: ${displayName} parameter's value is invalid. This is likely because the URL entered is incorrect`,
				);
			}
			return extracted[1];
		};
		if ('type' in property && property.type === 'resourceLocator') {
			if (!isResourceLocatorValue(value)) return value;
			const mode = (property.modes ?? []).find((m) => m.name === value.mode);
			if (!mode || !mode.extractValue) return value.value;
			return runRegex(value.value, String(mode.extractValue.regex), property.displayName);
		}
		if ('extractValue' in property && property.extractValue && 'displayName' in property) {
			return runRegex(value, String(property.extractValue.regex), property.displayName);
		}
		return value;
	};

	const getParameter = (
		name: string,
		itemIndex: number,
		fallback?: unknown,
		options?: IGetNodeParameterOptions,
	): unknown => {
		const parameters = parametersFor(itemIndex);
		let value = getPath(parameters, name);
		if (value === undefined) value = fallback;
		if (value === undefined) {
			throw new ApplicationError('Could not get parameter', { extra: { parameterName: name } });
		}
		if (options?.rawExpressions) return value;
		const item = items[itemIndex] ?? items[0];
		value = resolveExpressionsDeep(deepCopy(value as IDataObject), {
			$json: item?.json ?? {},
			$binary: item?.binary ?? {},
			$parameter: parameters,
			$itemIndex: itemIndex,
			$node: { name: node.name },
			$workflow: { id: o.workflow?.id ?? 'wf-1', name: o.workflow?.name ?? 'Test' },
		});
		if (options?.extractValue) value = extractValue(value, name, parameters);
		if (options?.ensureType) value = ensureType(options.ensureType, value, name, itemIndex);
		return value;
	};

	const getCredentials = async (type: string) => {
		if (Object.keys(credentialStore).length === 0) {
			throw new NodeOperationError(node, 'Node does not have any credentials set', { level: 'warning' });
		}
		if (!credentialStore[type]) {
			throw new NodeOperationError(node, `Node does not have any credentials set for "${type}"`, { level: 'warning' });
		}
		return deepCopy(credentialStore[type]);
	};

	const logger = {
		error: (message: string, metadata?: unknown) => logs.push({ level: 'error', message, metadata }),
		warn: (message: string, metadata?: unknown) => logs.push({ level: 'warn', message, metadata }),
		info: (message: string, metadata?: unknown) => logs.push({ level: 'info', message, metadata }),
		debug: (message: string, metadata?: unknown) => logs.push({ level: 'debug', message, metadata }),
	};

	const httpRequest = async (options: IHttpRequestOptions) => performHttpRequest(options, runtime);
	const httpRequestWithAuthentication = async (
		credentialsType: string,
		options: IHttpRequestOptions,
		additional?: { credentialsDecrypted?: { data?: ICredentialDataDecryptedObject } },
	) =>
		performAuthenticatedRequest(options, {
			node,
			runtime,
			credentialType: credentialsType,
			type: credentialTypes.get(credentialsType),
			// As n8n does: the credentials the caller passes, else a read through the context's own
			// getCredentials (a spy on it counts this read too).
			loadCredentials: async () => {
				if (additional?.credentialsDecrypted?.data) return additional.credentialsDecrypted.data;
				return (ctx.getCredentials as typeof getCredentials)(credentialsType);
			},
			saveCredentials: (data) => {
				if (credentialStore[credentialsType]) Object.assign(credentialStore[credentialsType], data);
			},
			abortSignal: kind === 'execute' ? abort.signal : undefined,
			warn: (message) => logger.warn(message),
		});

	const helpers: Record<string, unknown> = { httpRequest, httpRequestWithAuthentication };

	const extras: TestContextExtras = {
		log,
		logs,
		hints,
		staticData,
		credentialStore,
		cancelExecution: () => abort.abort(),
	};

	const workflow = { id: 'wf-1', name: 'Test', active: true, ...(o.workflow ?? {}) };
	const webhookUrls: Record<string, string> = {
		default: o.webhookUrl ?? 'http://127.0.0.1:5678/webhook/test-webhook-id',
		...(o.webhookUrls ?? {}),
	};

	const ctx: Record<string, unknown> = {
		...extras,
		logger,
		getNode: () => deepCopy(node),
		getWorkflow: () => ({ ...workflow }),
		getExecutionId: () => 'test-execution-1',
		getMode: () => o.mode ?? DEFAULT_MODE[kind],
		getTimezone: () => o.timezone ?? 'America/New_York',
		getInstanceBaseUrl: () => 'http://127.0.0.1:5678/',
		getRestApiUrl: () => 'http://127.0.0.1:5678/rest',
		getInstanceId: () => 'testkit-instance',
		getWorkflowSettings: () => ({}),
		getWorkflowStaticData: (type: string) => {
			if (type === 'node') return staticData;
			if (type === 'global') return o.globalStaticData ?? staticData;
			throw new ApplicationError(`The static data of type "${type}" is not known. Valid options are "global" and "node".`);
		},
		getCredentials,
		getCredentialsProperties: (type: string): INodeProperties[] => {
			const definition = credentialTypes.get(type);
			if (!definition) throw new ApplicationError('Unknown credential type', { tags: { credentialType: type } });
			return definition.properties;
		},
		getChildNodes: () => [],
		getParentNodes: () => [],
		getKnownNodeTypes: () => ({}),
		getChatTrigger: () => null,
		getExecutionContext: () => undefined,
		helpers,
	};
	if (kind === 'execute') {
		// Only execution contexts carry a cancel signal in n8n (httpRequestWithAuthentication uses it).
		ctx.getExecutionCancelSignal = () => abort.signal;
		ctx.onExecutionCancellation = (handler: () => unknown) =>
			abort.signal.addEventListener('abort', () => void handler());
	}
	if (kind === 'poll' || kind === 'hook') {
		ctx.getActivationMode = () => o.activationMode ?? 'activate';
	}
	if (kind === 'hook' || kind === 'webhook') {
		ctx.getNodeWebhookUrl = (name: string) => webhookUrls[name];
		ctx.getWebhookName = () => o.webhookName ?? 'default';
	}
	if (kind === 'hook') {
		ctx.getWebhookDescription = (name: string) => description?.webhooks?.find((w) => w.name === name);
	}
	notImplementedGetter(ctx, 'customData', label);
	notImplementedGetter(ctx, 'nodeHelpers', label);

	return { ctx, helpers, extras, node, items, getParameter, parametersFor, runtime };
}

function addExecutionDataHelpers(helpers: Record<string, unknown>): void {
	helpers.returnJsonArray = (jsonData: IDataObject | IDataObject[]): INodeExecutionData[] => {
		const list = Array.isArray(jsonData) ? jsonData : [jsonData];
		return list.map((data) =>
			data && typeof data === 'object' && 'json' in data && data.json
				? ({ ...data, json: data.json } as INodeExecutionData)
				: { json: data },
		);
	};
	helpers.createDeferredPromise = <T>() => {
		let resolve!: (value: T) => void;
		let reject!: (error: Error) => void;
		const promise = new Promise<T>((res, rej) => {
			resolve = res;
			reject = rej;
		});
		return { promise, resolve, reject };
	};
}

function addBinaryHelpers(helpers: Record<string, unknown>): void {
	helpers.prepareBinaryData = (data: Buffer | Readable, filePath?: string, mimeType?: string) =>
		prepareBinaryData(data, filePath, mimeType);
	helpers.setBinaryDataBuffer = (data: IBinaryData, buffer: Buffer) => setBinaryDataBuffer(data, buffer);
	helpers.binaryToBuffer = (body: Buffer | Readable) => binaryToBuffer(body);
	helpers.binaryToString = async (body: Buffer | Readable, encoding: BufferEncoding = 'utf8') =>
		(await binaryToBuffer(body)).toString(encoding);
	helpers.copyBinaryFile = async () => {
		throw new ApplicationError('`copyBinaryFile` has been removed. Please upgrade this node.');
	};
}

// -------------------------------------------------------------------------------------------
// public factories
// -------------------------------------------------------------------------------------------

export function createExecuteContext(o: ContextOptions = {}): ExecuteTestContext {
	const base = createBase(o, 'execute');
	const { ctx, helpers, node, items } = base;
	addExecutionDataHelpers(helpers);
	addBinaryHelpers(helpers);

	helpers.constructExecutionMetaData = (
		inputData: INodeExecutionData[],
		options: { itemData: IPairedItemData | IPairedItemData[] },
	) => inputData.map(({ json, ...rest }) => ({ json, pairedItem: options.itemData, ...rest }));
	helpers.normalizeItems = (data: INodeExecutionData | INodeExecutionData[]) => {
		const list = (Array.isArray(data) ? data : [data]) as unknown[];
		if (list.length === 0) return [];
		const hasJson = (item: unknown) => typeof item === 'object' && item !== null && 'json' in item;
		if (list.every(hasJson)) return list;
		if (list.some(hasJson)) throw new ApplicationError('Inconsistent item format');
		return list.map((json) => ({ json }));
	};
	helpers.copyInputItems = (input: INodeExecutionData[], properties: string[]) =>
		input.map((item) => {
			const copy: IDataObject = {};
			for (const property of properties) {
				copy[property] = item.json[property] === undefined ? null : deepCopy(item.json[property] as IDataObject);
			}
			return copy;
		});
	helpers.assertBinaryData = (itemIndex: number, parameterData: string | IBinaryData) =>
		assertBinaryData(items, node, itemIndex, parameterData);
	helpers.getBinaryDataBuffer = async (itemIndex: number, parameterData: string | IBinaryData) =>
		binaryDataToBuffer(assertBinaryData(items, node, itemIndex, parameterData));

	ctx.getNodeParameter = (name: string, itemIndex: number, fallback?: unknown, options?: IGetNodeParameterOptions) =>
		base.getParameter(name, itemIndex ?? 0, fallback, options);
	ctx.getInputData = (inputIndex = 0) => {
		if (inputIndex !== 0) throw new ApplicationError('Could not get input with given index', { extra: { inputIndex } });
		return items;
	};
	ctx.continueOnFail = () =>
		o.continueOnFail ??
		(node.continueOnFail === true || node.onError === 'continueRegularOutput' || node.onError === 'continueErrorOutput');
	ctx.addExecutionHints = (...hints: NodeExecutionHint[]) => base.extras.hints.push(...hints);
	ctx.evaluateExpression = (expression: string, itemIndex = 0) =>
		resolveExpression(`=${expression}`, { $json: items[itemIndex]?.json ?? {}, $itemIndex: itemIndex });
	ctx.sendMessageToUI = () => undefined;
	ctx.prepareOutputData = async (outputData: INodeExecutionData[]) => [outputData];

	ctx.helpers = strict(helpers, `${LABEL.execute}.helpers`);
	return strict(ctx, LABEL.execute) as unknown as ExecuteTestContext;
}

export function createPollContext(o: ContextOptions = {}): PollTestContext {
	const base = createBase(o, 'poll');
	const { ctx, helpers } = base;
	addExecutionDataHelpers(helpers);
	addBinaryHelpers(helpers);
	const emitted: INodeExecutionData[][][] = [];
	const emittedErrors: Error[] = [];
	ctx.emitted = emitted;
	ctx.emittedErrors = emittedErrors;
	ctx.__emit = (data: INodeExecutionData[][]) => emitted.push(data);
	ctx.__emitError = (error: Error) => emittedErrors.push(error);
	ctx.getPollBudgetMs = () => o.pollBudgetMs ?? 60_000;
	ctx.getNodeParameter = (name: string, fallback?: unknown, options?: IGetNodeParameterOptions) =>
		base.getParameter(name, 0, fallback, options);
	ctx.helpers = strict(helpers, `${LABEL.poll}.helpers`);
	return strict(ctx, LABEL.poll) as unknown as PollTestContext;
}

export function createHookContext(o: ContextOptions = {}): HookTestContext {
	const base = createBase(o, 'hook');
	const { ctx, helpers } = base;
	ctx.getNodeParameter = (name: string, fallback?: unknown, options?: IGetNodeParameterOptions) =>
		base.getParameter(name, 0, fallback, options);
	ctx.helpers = strict(helpers, `${LABEL.hook}.helpers`);
	return strict(ctx, LABEL.hook) as unknown as HookTestContext;
}

function lowerCaseRecord(headers: Record<string, string> | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(headers ?? {})) out[key.toLowerCase()] = value;
	return out;
}

export function createWebhookContext(o: ContextOptions = {}): WebhookTestContext {
	const base = createBase(o, 'webhook');
	const { ctx, helpers } = base;
	addExecutionDataHelpers(helpers);
	addBinaryHelpers(helpers);

	const incoming = o.request ?? {};
	const headers = lowerCaseRecord(incoming.headers);
	let rawBody: Buffer;
	if (incoming.rawBody) rawBody = incoming.rawBody;
	else if (incoming.body === undefined) rawBody = Buffer.alloc(0);
	else if (typeof incoming.body === 'string') rawBody = Buffer.from(incoming.body);
	else if (Buffer.isBuffer(incoming.body)) rawBody = incoming.body;
	else {
		rawBody = Buffer.from(JSON.stringify(incoming.body));
		headers['content-type'] ??= 'application/json';
	}
	let body: unknown = incoming.body;
	if (body === undefined) {
		const type = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
		const text = rawBody.toString('utf8');
		if (rawBody.length === 0) body = {};
		else if (type === 'application/json' || type.endsWith('+json')) body = JSON.parse(text);
		else if (type === 'application/x-www-form-urlencoded') body = parseQuery(text);
		else body = {};
	}
	const query = incoming.query ?? {};
	const params = incoming.params ?? {};
	const method = (incoming.method ?? 'POST').toUpperCase();
	const requestPath = incoming.path ?? '/webhook/test';

	const request = strict(
		{
			method,
			headers,
			body,
			rawBody,
			query,
			params,
			url: requestPath,
			originalUrl: requestPath,
			path: requestPath,
			baseUrl: '',
			ip: '127.0.0.1',
			ips: [],
			hostname: '127.0.0.1',
			protocol: 'http',
			secure: false,
			xhr: false,
			subdomains: [],
			cookies: {},
			signedCookies: {},
			contentType: headers['content-type'],
			get: (name: string) => headers[name.toLowerCase()],
			header: (name: string) => headers[name.toLowerCase()],
			readRawBody: async () => undefined,
		},
		'webhook request',
	);

	const state: WebhookResponseState = { headers: {}, ended: false };
	const response: Record<string, unknown> = {
		statusCode: 200,
		get headersSent() {
			return state.ended;
		},
	};
	const finish = (payload: unknown) => {
		if (payload !== undefined) state.body = payload;
		state.status ??= 200;
		state.ended = true;
		return response;
	};
	Object.assign(response, {
		status(code: number) {
			state.status = code;
			response.statusCode = code;
			return response;
		},
		sendStatus(code: number) {
			state.status = code;
			response.statusCode = code;
			return finish(String(code));
		},
		setHeader(name: string, value: string | number | string[]) {
			state.headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
			return response;
		},
		set(name: string | Record<string, string>, value?: string) {
			if (typeof name === 'object') {
				for (const [k, v] of Object.entries(name)) state.headers[k.toLowerCase()] = String(v);
			} else {
				state.headers[name.toLowerCase()] = String(value);
			}
			return response;
		},
		header(name: string, value: string) {
			state.headers[name.toLowerCase()] = String(value);
			return response;
		},
		getHeader(name: string) {
			return state.headers[name.toLowerCase()];
		},
		type(contentType: string) {
			state.headers['content-type'] = contentType;
			return response;
		},
		writeHead(code: number, extraHeaders?: Record<string, string>) {
			state.status = code;
			response.statusCode = code;
			for (const [k, v] of Object.entries(extraHeaders ?? {})) state.headers[k.toLowerCase()] = String(v);
			return response;
		},
		json(payload: unknown) {
			state.headers['content-type'] ??= 'application/json; charset=utf-8';
			return finish(payload);
		},
		send(payload?: unknown) {
			return finish(payload);
		},
		end(payload?: unknown) {
			return finish(payload);
		},
	});

	ctx.response = state;
	ctx.getNodeParameter = (name: string, fallback?: unknown, options?: IGetNodeParameterOptions) =>
		base.getParameter(name, 0, fallback, options);
	ctx.getBodyData = () => body;
	ctx.getHeaderData = () => headers;
	ctx.getQueryData = () => query;
	ctx.getParamsData = () => params;
	ctx.getRequestObject = () => request;
	ctx.getResponseObject = () => strict(response, 'webhook response');
	ctx.getWebhookResourceUrl = (name: string) => (name === 'default' ? o.webhookUrl : o.webhookUrls?.[name]);
	ctx.helpers = strict(helpers, `${LABEL.webhook}.helpers`);
	return strict(ctx, LABEL.webhook) as unknown as WebhookTestContext;
}

export function createLoadOptionsContext(o: ContextOptions = {}): LoadOptionsTestContext {
	const base = createBase(o, 'loadOptions');
	const { ctx, helpers } = base;
	ctx.getNodeParameter = (name: string, fallback?: unknown, options?: IGetNodeParameterOptions) =>
		base.getParameter(name, 0, fallback, options);
	ctx.getCurrentNodeParameter = (name: string, options?: IGetNodeParameterOptions) => {
		try {
			return base.getParameter(name, 0, undefined, options);
		} catch (error) {
			if (error instanceof ApplicationError && error.message === 'Could not get parameter') return undefined;
			throw error;
		}
	};
	ctx.getCurrentNodeParameters = () => base.parametersFor(0);
	ctx.helpers = strict(helpers, `${LABEL.loadOptions}.helpers`);
	return strict(ctx, LABEL.loadOptions) as unknown as LoadOptionsTestContext;
}

// -------------------------------------------------------------------------------------------
// credential tests
// -------------------------------------------------------------------------------------------

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
	httpCode?: number;
}

function deepMerge(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
	for (const [key, value] of Object.entries(source)) {
		const existing = target[key];
		if (
			value &&
			typeof value === 'object' &&
			!Array.isArray(value) &&
			existing &&
			typeof existing === 'object' &&
			!Array.isArray(existing)
		) {
			target[key] = deepMerge({ ...(existing as Record<string, unknown>) }, value as Record<string, unknown>);
		} else if (value !== undefined) {
			target[key] = value;
		}
	}
	return target;
}

/**
 * Runs `cred.test` the way n8n's CredentialsTester does for declarative tests: the request is
 * resolved with `$credentials`, sent through the authenticated request path (authenticate,
 * preAuthentication), and judged with the same rules and messages.
 */
export async function runCredentialTest(
	credential: ICredentialType | CredentialClass,
	data: ICredentialDataDecryptedObject,
	options: { log?: HttpLogEntry[] } = {},
): Promise<CredentialTestResult> {
	const cred = typeof credential === 'function' ? new credential() : credential;
	if (!cred.test) return { status: 'Error', message: 'No testing function found for this credential.' };

	const credentials = withCredentialDefaults(cred, data);
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [cred.name]: { id: 'cred-test', name: `${cred.name} test` } },
	};
	const runtime: HttpRuntime = { log: options.log ?? [], secrets: () => credentialSecrets(cred, credentials) };

	let response: { body: unknown; statusCode: number };
	try {
		const resolved = resolveExpressionsDeep(deepCopy(cred.test.request as IDataObject), {
			$credentials: credentials,
			$version: 1,
		}) as Record<string, unknown>;
		const requestOptions = deepMerge({ qs: {}, body: {}, headers: {} }, resolved) as unknown as IHttpRequestOptions;
		requestOptions.timeout ??= 300_000;
		requestOptions.returnFullResponse = true;
		response = (await performAuthenticatedRequest(requestOptions, {
			node,
			runtime,
			credentialType: cred.name,
			type: cred,
			loadCredentials: async () => credentials,
			saveCredentials: (update) => Object.assign(credentials, update),
			isCredentialTest: true,
		})) as { body: unknown; statusCode: number };
	} catch (error) {
		const cause = (error as NodeApiError).cause as
			| { response?: { status: number; statusText?: string }; code?: string }
			| undefined;
		if (cause?.response) {
			const statusCode = cause.response.status;
			for (const rule of cred.test.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === statusCode) {
					return { status: 'Error', message: rule.properties.message, httpCode: statusCode };
				}
			}
			if (statusCode < 199 || statusCode > 299) {
				return {
					status: 'Error',
					message: cause.response.statusText || `Received HTTP status code: ${statusCode}`,
					httpCode: statusCode,
				};
			}
		} else if (cause?.code) {
			return { status: 'Error', message: cause.code };
		}
		return { status: 'Error', message: String((error as Error)?.message ?? error) };
	}

	for (const rule of cred.test.rules ?? []) {
		if (rule.type === 'responseSuccessBody') {
			const json = Array.isArray(response.body) ? response.body[0] : response.body;
			if (getPath(json, rule.properties.key) === rule.properties.value) {
				return { status: 'Error', message: rule.properties.message, httpCode: response.statusCode };
			}
		}
	}
	return { status: 'OK', message: 'Connection successful!', httpCode: response.statusCode };
}
