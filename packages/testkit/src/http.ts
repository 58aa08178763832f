/**
 * A re-implementation of the behaviour of n8n's `helpers.httpRequest` /
 * `helpers.httpRequestWithAuthentication` (n8n-core + @n8n/backend-network) on top of axios,
 * so node code can be exercised against the fake servers over real HTTP.
 *
 * Reproduced on purpose (see the report / README in index.ts):
 * - n8n's axios defaults: 300 s timeout, no proxy, `qs` `indices` query serialization,
 *   no default Content-Type when there is no body, `User-Agent: n8n` unless set.
 * - Body handling of `convertN8nRequestToAxios`: empty bodies are dropped (always for GET),
 *   objects become JSON (axios), strings/Buffers are sent as is, `URLSearchParams` get the
 *   urlencoded content type, `form-data` instances contribute their headers, global
 *   `FormData` is streamed as multipart by axios, an explicit urlencoded Content-Type turns an
 *   object body into a form.
 * - `json: true` only adds `Accept: application/json`; response parsing is axios' (JSON is
 *   parsed whatever the content type, unparseable JSON comes back as the raw string, an empty
 *   body as '').
 * - Errors: `httpRequest` rejects with the AxiosError itself (`.response.status`,
 *   `.response.data`, `.code`...); `httpRequestWithAuthentication` wraps every failure in a
 *   `NodeApiError` (`.httpCode`, `.cause` = the AxiosError) and retries once on 401 after
 *   re-running `preAuthentication`, exactly like n8n does.
 * - Credential secrets are redacted from errors and from the context's HTTP log.
 */
import { SEND_ORDER_HEADER } from './fake-server';
import axios, { AxiosError, AxiosHeaders, type AxiosRequestConfig, type AxiosResponse } from 'axios';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INode,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, isObjectEmpty } from 'n8n-workflow';
import { Stream } from 'node:stream';

import { resolveExpression } from './expressions';
import { qsEncode, stringifyQuery, type ArrayFormat } from './query';

export const REDACTED = '**hidden**';

export interface HttpLogEntry {
	method: string;
	/** Full URL including the serialized query string (secrets redacted). */
	url: string;
	/** Headers as passed to axios after n8n's defaults and authentication (secrets redacted). */
	headers: Record<string, string>;
	/** Request body as passed to axios (plain values redacted; FormData/Buffer/streams as is). */
	body: unknown;
	/** Response status, when a response arrived. */
	status?: number;
	/** Error code (`ECONNRESET`, `ECONNABORTED`, `ERR_BAD_RESPONSE`, ...) when the call failed. */
	error?: string;
	/** Credential type applied via httpRequestWithAuthentication. */
	credentialType?: string;
	durationMs?: number;
}

/** What a context shares with the request engine. */
export interface HttpRuntime {
	log: HttpLogEntry[];
	/** Extra strings to redact (credential secrets known to the context). */
	secrets: () => string[];
}

// -------------------------------------------------------------------------------------------
// axios instance configured like n8n's global axios defaults
// -------------------------------------------------------------------------------------------

const client = axios.create({
	timeout: 300_000,
	proxy: false,
	maxBodyLength: Infinity,
	maxContentLength: Infinity,
	paramsSerializer: { serialize: (params: unknown) => stringifyQuery(params, 'indices') },
});
// Each request is numbered for the fakes' request logs (see SEND_ORDER_HEADER).
let sent = 0;

client.interceptors.request.use((config) => {
	// n8n: prevent axios from force-setting a content type when there is no body
	if (config.data === undefined) config.headers.setContentType(false, false);
	config.headers.set(SEND_ORDER_HEADER, String(++sent));
	return config;
});

// -------------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------------

function findHeaderKey(headers: Record<string, unknown> | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const lower = name.toLowerCase();
	return Object.keys(headers).find((key) => key.toLowerCase() === lower);
}

/** form-data package instances (duck-typed like n8n's `isFormDataInstance`). */
function isFormDataPackageInstance(value: unknown): value is { getHeaders(): Record<string, string> } {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as { getHeaders?: unknown }).getHeaders === 'function' &&
		typeof (value as { append?: unknown }).append === 'function'
	);
}

function isBodyEmpty(value: unknown): boolean {
	if (value === null || value === undefined) return true;
	if (typeof value === 'string' || Array.isArray(value) || Buffer.isBuffer(value)) return value.length === 0;
	if (typeof value === 'object') return Object.keys(value).length === 0;
	return false;
}

function removeEmptyBody(options: IHttpRequestOptions): void {
	const method = (options.method ?? 'GET').toUpperCase();
	if (['GET', 'HEAD', 'OPTIONS'].includes(method) && isBodyEmpty(options.body)) delete options.body;
}

function isIgnoreConfig(value: unknown): value is { ignore: true; except: number[] } {
	return typeof value === 'object' && value !== null && (value as { ignore?: unknown }).ignore === true;
}

/** Mirrors n8n's `convertN8nRequestToAxios`. */
export function toAxiosConfig(options: IHttpRequestOptions): AxiosRequestConfig {
	const headers: Record<string, unknown> = { ...(options.headers ?? {}) };
	const config: AxiosRequestConfig = {
		headers: headers as AxiosRequestConfig['headers'],
		method: options.method,
		timeout: options.timeout,
		auth: options.auth ? { username: options.auth.username, password: options.auth.password } : undefined,
		url: options.url,
		params: options.qs,
	};
	if (options.abortSignal) config.signal = options.abortSignal as AbortSignal;
	if (options.baseURL !== undefined) config.baseURL = options.baseURL;
	if (options.disableFollowRedirect === true) config.maxRedirects = 0;
	else if (options.maxRedirects !== undefined) config.maxRedirects = options.maxRedirects;
	if (options.encoding !== undefined) config.responseType = options.encoding as AxiosRequestConfig['responseType'];
	if (options.arrayFormat !== undefined) {
		const format = options.arrayFormat as ArrayFormat;
		config.paramsSerializer = { serialize: (params: unknown) => stringifyQuery(params, format) };
	}

	const { body } = options;
	if (body) {
		const contentTypeKey = findHeaderKey(headers, 'content-type');
		if (contentTypeKey === undefined) {
			if (isFormDataPackageInstance(body)) {
				Object.assign(headers, body.getHeaders());
			} else if (body instanceof URLSearchParams) {
				headers['Content-Type'] = 'application/x-www-form-urlencoded';
			}
		} else if (headers[contentTypeKey] === 'application/x-www-form-urlencoded') {
			config.data = new URLSearchParams(body as Record<string, string>);
		}
		if (typeof body === 'string' || (typeof body === 'object' && !isObjectEmpty(body as object))) {
			config.data = body;
		}
	}

	if (options.json && !findHeaderKey(headers, 'accept')) headers.Accept = 'application/json';
	if (!findHeaderKey(headers, 'user-agent')) headers['User-Agent'] = 'n8n';

	if (options.ignoreHttpStatusErrors) {
		const ignore = options.ignoreHttpStatusErrors;
		config.validateStatus = isIgnoreConfig(ignore) ? (status) => !ignore.except.includes(status) : () => true;
	}

	if (config.data === undefined || (config.method ?? '').toUpperCase() === 'GET') delete config.data;
	return config;
}

// -------------------------------------------------------------------------------------------
// redaction
// -------------------------------------------------------------------------------------------

function secretVariants(secrets: string[]): string[] {
	const variants = new Set<string>();
	for (const secret of secrets) {
		if (!secret) continue;
		variants.add(secret);
		variants.add(encodeURIComponent(secret));
		variants.add(qsEncode(secret));
		variants.add(Buffer.from(secret).toString('base64'));
	}
	return [...variants].filter((v) => v.length > 0).sort((a, b) => b.length - a.length);
}

export function redactString(text: string, secrets: string[]): string {
	let out = text;
	for (const variant of secretVariants(secrets)) out = out.split(variant).join(REDACTED);
	return out;
}

/** Deep-redacts strings inside plain objects/arrays; other objects are returned as is. */
export function redactValue<T>(value: T, secrets: string[]): T {
	if (secrets.length === 0) return value;
	if (typeof value === 'string') return redactString(value, secrets) as T;
	if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets)) as T;
	if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		const out: Record<string, unknown> = {};
		for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = redactValue(inner, secrets);
		return out as T;
	}
	return value;
}

function headersToRecord(headers: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	if (!headers) return out;
	const source =
		headers instanceof AxiosHeaders ? (headers.toJSON() as Record<string, unknown>) : (headers as Record<string, unknown>);
	for (const [key, value] of Object.entries(source)) {
		if (value === undefined || value === null || value === false) continue;
		out[key] = Array.isArray(value) ? value.join(', ') : String(value);
	}
	return out;
}

function redactHeaders(headers: unknown, secrets: string[]): Record<string, string> {
	const out = headersToRecord(headers);
	for (const key of Object.keys(out)) {
		const value = out[key];
		if (/^authorization$|^proxy-authorization$/i.test(key) && value) {
			const scheme = /^(\w+)\s+/.exec(value)?.[1];
			out[key] = scheme ? `${scheme} ${REDACTED}` : REDACTED;
		} else {
			out[key] = redactString(value, secrets);
		}
	}
	return out;
}

/**
 * Strips credentials from an AxiosError (config headers/auth/params/url/data) and replaces the
 * `request` (a ClientRequest whose raw header block would contain them) by a small descriptor.
 */
export function sanitizeAxiosError(error: AxiosError, secrets: string[]): AxiosError {
	const config = error.config;
	let safeRequest: Record<string, unknown> | undefined;
	if (config) {
		const safeConfig = {
			...config,
			headers: redactHeaders(config.headers, secrets) as unknown as AxiosHeaders,
			auth: config.auth ? { username: REDACTED, password: REDACTED } : undefined,
			url: config.url === undefined ? undefined : redactString(config.url, secrets),
			baseURL: config.baseURL === undefined ? undefined : redactString(config.baseURL, secrets),
			params: redactValue(config.params, secrets),
			data: redactValue(config.data, secrets),
		};
		error.config = safeConfig as typeof config;
		let href: string | undefined;
		try {
			href = client.getUri(safeConfig as AxiosRequestConfig);
		} catch {
			href = safeConfig.url;
		}
		safeRequest = { method: (config.method ?? 'get').toUpperCase(), url: href };
		if (error.response) error.response.config = safeConfig as typeof error.response.config;
	}
	if (error.request !== undefined) error.request = safeRequest ?? {};
	if (error.response) error.response.request = safeRequest ?? {};
	return error;
}

// -------------------------------------------------------------------------------------------
// request execution
// -------------------------------------------------------------------------------------------

function describeUrl(config: AxiosRequestConfig): string {
	try {
		return client.getUri(config);
	} catch {
		return `${config.baseURL ?? ''}${config.url ?? ''}`;
	}
}

/** Performs one request like n8n's `helpers.httpRequest`. */
export async function performHttpRequest(
	input: IHttpRequestOptions,
	runtime: HttpRuntime,
	extraSecrets: string[] = [],
	credentialType?: string,
): Promise<unknown> {
	const options: IHttpRequestOptions = { ...input };
	removeEmptyBody(options);
	const config = toAxiosConfig(options);
	const secrets = [...runtime.secrets(), ...extraSecrets];

	const entry: HttpLogEntry = {
		method: (config.method ?? 'GET').toUpperCase(),
		url: redactString(describeUrl(config), secrets),
		headers: redactHeaders(config.headers, secrets),
		body: redactValue(config.data, secrets),
	};
	if (credentialType) entry.credentialType = credentialType;
	runtime.log.push(entry);

	const started = Date.now();
	let response: AxiosResponse;
	try {
		response = await client.request(config);
	} catch (error) {
		entry.durationMs = Date.now() - started;
		if (error instanceof AxiosError) {
			if (error.response) entry.status = error.response.status;
			entry.error = error.code ?? error.message;
			throw sanitizeAxiosError(error, secrets);
		}
		entry.error = (error as Error)?.message ?? String(error);
		throw error;
	}
	entry.durationMs = Date.now() - started;
	entry.status = response.status;

	if (options.returnFullResponse) {
		const full: IN8nHttpFullResponse = {
			body: response.data,
			headers: response.headers as unknown as IDataObject,
			statusCode: response.status,
			statusMessage: response.statusText,
		};
		return full;
	}
	return response.data;
}

// -------------------------------------------------------------------------------------------
// credentials
// -------------------------------------------------------------------------------------------

/** Fills top-level defaults of the credential type's properties (n8n's applyDefaultsAndOverwrites). */
export function withCredentialDefaults(
	type: ICredentialType | undefined,
	data: ICredentialDataDecryptedObject,
): ICredentialDataDecryptedObject {
	const out: ICredentialDataDecryptedObject = { ...data };
	for (const property of type?.properties ?? []) {
		if (out[property.name] === undefined && property.default !== undefined) {
			out[property.name] = property.default as ICredentialDataDecryptedObject[string];
		}
	}
	return out;
}

/** Credential values worth redacting: password-typed properties, plus secret-looking names for unknown types. */
export function credentialSecrets(
	type: ICredentialType | undefined,
	data: ICredentialDataDecryptedObject,
): string[] {
	const secrets: string[] = [];
	const passwordFields = new Set(
		(type?.properties ?? []).filter((p) => p.typeOptions?.password === true).map((p) => p.name),
	);
	for (const [key, value] of Object.entries(data)) {
		if (typeof value !== 'string' || value.length < 4) continue;
		if (passwordFields.has(key) || /token|secret|password|passwd|apikey|api_key|key$|auth/i.test(key)) {
			secrets.push(value);
		}
	}
	return secrets;
}

function collectStrings(value: unknown, into: string[]): void {
	if (typeof value === 'string') into.push(value);
	else if (typeof value === 'number' || typeof value === 'boolean') into.push(String(value));
	else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, into));
	else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
		Object.values(value).forEach((v) => collectStrings(v, into));
	}
}

/**
 * Secrets introduced by authenticate(): credential values (4+ chars, not plain URLs) that
 * appear inside strings it added or changed, plus those whole strings (e.g. `Bearer <token>`).
 * Values not derived from the credentials (a Content-Type header, say) are not redacted.
 */
function appliedSecrets(
	before: IHttpRequestOptions,
	after: IHttpRequestOptions,
	credentials: ICredentialDataDecryptedObject,
): string[] {
	const beforeStrings = new Set<string>();
	const afterStrings: string[] = [];
	for (const key of ['headers', 'qs', 'body', 'auth', 'url', 'baseURL'] as const) {
		const previous: string[] = [];
		collectStrings(before[key], previous);
		previous.forEach((s) => beforeStrings.add(s));
		collectStrings(after[key], afterStrings);
	}
	const added = afterStrings.filter((s) => !beforeStrings.has(s));
	const credentialValues = Object.values(credentials).filter(
		(v): v is string => typeof v === 'string' && v.length >= 4 && !/^https?:\/\/[^@]*$/i.test(v),
	);
	const secrets = new Set<string>();
	for (const value of credentialValues) {
		const carriers = added.filter((s) => s.includes(value));
		if (carriers.length === 0) continue;
		secrets.add(value);
		carriers.forEach((c) => secrets.add(c));
	}
	return [...secrets];
}

function cloneOptions(options: IHttpRequestOptions): IHttpRequestOptions {
	const copy: IHttpRequestOptions = { ...options };
	if (options.headers) copy.headers = { ...options.headers };
	if (options.qs) copy.qs = { ...options.qs };
	if (options.auth) copy.auth = { ...options.auth };
	if (options.body && typeof options.body === 'object' && Object.getPrototypeOf(options.body) === Object.prototype) {
		copy.body = { ...(options.body as IDataObject) };
	}
	return copy;
}

/**
 * Applies a credential type's `authenticate` like n8n's CredentialsHelper.authenticate:
 * a function is called with `(credentials, requestOptions)`; a `generic` definition merges
 * `headers` / `qs` / `body` / `auth`, resolving `={{ $credentials.x }}` expressions in keys and
 * values (values are always strings; falsy results become '').
 */
export async function applyAuthentication(
	type: ICredentialType,
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
): Promise<{ options: IHttpRequestOptions; secrets: string[] }> {
	const before = cloneOptions(options);
	let result = cloneOptions(options);
	const { authenticate } = type;
	if (typeof authenticate === 'function') {
		result = await authenticate(credentials, result);
	} else if (authenticate && typeof authenticate === 'object') {
		if (authenticate.type !== 'generic') {
			throw new Error(`testkit: authenticate type "${String(authenticate.type)}" is not supported`);
		}
		const resolve = (value: unknown): string => {
			const resolved = resolveExpression(value, { $credentials: credentials });
			if (!resolved) return '';
			return String(resolved);
		};
		const target = result as unknown as Record<string, Record<string, unknown>>;
		for (const [outerKey, outerValue] of Object.entries(authenticate.properties ?? {})) {
			for (const [key, value] of Object.entries((outerValue ?? {}) as Record<string, unknown>)) {
				const keyResolved = resolve(key);
				const valueResolved = resolve(value);
				if (!target[outerKey]) target[outerKey] = {};
				if (typeof target[outerKey] !== 'object') {
					throw new Error(
						`testkit: cannot add authentication "${outerKey}.${keyResolved}" to a non-object request ${outerKey}`,
					);
				}
				target[outerKey][keyResolved] = valueResolved;
			}
		}
	}
	return { options: result, secrets: appliedSecrets(before, result, credentials) };
}

function isSingleUseBody(options: IHttpRequestOptions): boolean {
	return isFormDataPackageInstance(options.body) || options.body instanceof Stream;
}

export interface AuthenticatedRequestDeps {
	node: INode;
	runtime: HttpRuntime;
	credentialType: string;
	/** Credential definition, or undefined when it was not registered. */
	type: ICredentialType | undefined;
	/** Loads the (live) decrypted credential data; throws like `getCredentials`. */
	loadCredentials: () => Promise<ICredentialDataDecryptedObject>;
	/** Persists data returned by preAuthentication (n8n writes it to the DB). */
	saveCredentials: (data: ICredentialDataDecryptedObject) => void;
	/** True for credential tests (n8n always runs preAuthentication then). */
	isCredentialTest?: boolean;
	abortSignal?: AbortSignal;
	warn?: (message: string) => void;
}

async function runPreAuthentication(
	deps: AuthenticatedRequestDeps,
	credentials: ICredentialDataDecryptedObject,
	expired: boolean,
): Promise<ICredentialDataDecryptedObject | undefined> {
	const { type } = deps;
	if (!type?.preAuthentication) return undefined;
	const expirable = type.properties.find((p) => p.type === 'hidden' && p.typeOptions?.expirable === true);
	if (!expirable) return undefined;
	if (credentials[expirable.name] === '' || expired || deps.isCredentialTest) {
		const helpers = {
			helpers: {
				httpRequest: async (options: IHttpRequestOptions) =>
					performHttpRequest(options, deps.runtime, credentialSecrets(type, credentials)),
			},
		};
		const output = (await type.preAuthentication.call(
			helpers as never,
			credentials,
		)) as ICredentialDataDecryptedObject;
		if (output?.[expirable.name] === undefined) return undefined;
		deps.saveCredentials(output);
		return output;
	}
	return undefined;
}

/** Mirrors n8n-core's `httpRequestWithAuthentication` (non-OAuth credential types). */
export async function performAuthenticatedRequest(
	input: IHttpRequestOptions,
	deps: AuthenticatedRequestDeps,
): Promise<unknown> {
	const { node, credentialType } = deps;
	const requestOptions: IHttpRequestOptions = { ...input };
	removeEmptyBody(requestOptions);
	if (deps.abortSignal) requestOptions.abortSignal = deps.abortSignal;

	let credentials: ICredentialDataDecryptedObject | undefined;
	let requestSent = false;

	const send = async () => {
		if (!deps.type) {
			throw new NodeOperationError(
				node,
				`testkit: credential type "${credentialType}" is not registered; pass its class instance in ContextOptions.credentialTypes`,
			);
		}
		const { options, secrets } = await applyAuthentication(deps.type, credentials!, requestOptions);
		requestSent = true;
		return performHttpRequest(
			options,
			deps.runtime,
			[...secrets, ...credentialSecrets(deps.type, credentials!)],
			credentialType,
		);
	};

	try {
		const parents = deps.type?.extends ?? [];
		if (parents.includes('oAuth1Api') || parents.includes('oAuth2Api')) {
			throw new NodeOperationError(node, `testkit: OAuth credential types ("${credentialType}") are not supported`);
		}
		credentials = await deps.loadCredentials();
		const data = await runPreAuthentication(deps, credentials, false);
		if (data) Object.assign(credentials, data);
		return await send();
	} catch (error) {
		const status = (error as AxiosError)?.response?.status;
		if (status === 401 && credentials !== undefined) {
			try {
				const data = await runPreAuthentication(deps, credentials, true);
				if (data) Object.assign(credentials, data);
				if (requestSent && isSingleUseBody(requestOptions)) {
					deps.warn?.(
						`Request for credential type "${credentialType}" was not retried after refreshing the credential: its multipart/stream body was consumed by the first attempt and cannot be sent again. Surfacing the original error instead.`,
					);
					throw new NodeApiError(node, error as never);
				}
				return await send();
			} catch (retryError) {
				throw new NodeApiError(node, retryError as never);
			}
		}
		throw new NodeApiError(node, error as never);
	}
}

/** Status code of an error thrown by httpRequest (AxiosError) or httpRequestWithAuthentication (NodeApiError). */
export function httpStatusOf(error: unknown): number | undefined {
	const e = error as { response?: { status?: number }; cause?: { response?: { status?: number } }; httpCode?: string | null };
	if (typeof e?.response?.status === 'number') return e.response.status;
	if (typeof e?.cause?.response?.status === 'number') return e.cause.response.status;
	if (e?.httpCode && /^\d{3}$/.test(e.httpCode)) return Number(e.httpCode);
	return undefined;
}

/**
 * Searches an arbitrary object graph (own properties, enumerable or not, including Error
 * `message`/`stack`/`cause`) for any of the given strings. Returns the paths where they occur.
 */
export function findSecretLeaks(value: unknown, secrets: string[], maxDepth = 12): string[] {
	const needles = secrets.filter((s) => s && s.length >= 3);
	const hits: string[] = [];
	const seen = new WeakSet<object>();
	const visit = (current: unknown, path: string, depth: number) => {
		if (depth > maxDepth || hits.length > 50) return;
		if (typeof current === 'string') {
			for (const needle of needles) if (current.includes(needle)) hits.push(path);
			return;
		}
		if (Buffer.isBuffer(current)) {
			const text = current.toString('utf8');
			for (const needle of needles) if (text.includes(needle)) hits.push(path);
			return;
		}
		if (current === null || (typeof current !== 'object' && typeof current !== 'function')) return;
		if (typeof current === 'function') return;
		if (seen.has(current as object)) return;
		seen.add(current as object);
		if (current instanceof Map) {
			for (const [k, v] of current) visit(v, `${path}.get(${String(k)})`, depth + 1);
			return;
		}
		for (const key of Object.getOwnPropertyNames(current)) {
			let inner: unknown;
			try {
				inner = (current as Record<string, unknown>)[key];
			} catch {
				continue;
			}
			visit(inner, `${path}.${key}`, depth + 1);
		}
	};
	visit(value, '$', 0);
	return hits;
}
