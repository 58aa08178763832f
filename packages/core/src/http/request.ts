import type {
	ICredentialDataDecryptedObject,
	IAdditionalCredentialOptions,
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INode,
} from 'n8n-workflow';
import { ApplicationError } from 'n8n-workflow';
import { defaultMessageOf, redact, secretsOf, toNodeApiError, type ApiErrorDetails, type FailedRequest, type MessageExtractor } from './errors';
import {
	DEFAULT_RETRY,
	backoffDelay,
	isIdempotent,
	isRetryableNetworkError,
	isRetryableStatus,
	networkErrorCode,
	parseRetryAfter,
	rateLimitDelay,
	retryClock,
	type RetryOptions,
} from './retry';

/** What every n8n context that sends requests offers (execute, poll, hook, webhook, load options). */
export interface RequestContext {
	getNode(): INode;
	getCredentials(type: string, itemIndex?: number): Promise<ICredentialDataDecryptedObject>;
	helpers: {
		httpRequestWithAuthentication(this: unknown, credentialsType: string, requestOptions: IHttpRequestOptions, additionalCredentialOptions?: IAdditionalCredentialOptions): Promise<unknown>;
	};
}

/**
 * One API family of a platform (e.g. Chatwoot's account API, its Platform API, its public client
 * API): the path prefix of its routes and the credential it needs.
 */
export interface ApiFamily {
	/** The path before every route of the family, or how to build it (e.g. from the node's account). */
	prefix: string | ((this: RequestContext, req: ApiRequest, credentials: ICredentialDataDecryptedObject) => string | Promise<string>);
	/** The credential type of this family (default: the platform's). */
	credentialType?: string;
}

/** How one platform is reached. Each node package declares one in its transport. */
export interface PlatformSpec<F extends string = string> {
	/** Shown in error descriptions, e.g. "Chatwoot". */
	name: string;
	credentialType: string;
	/** Base URL from the credential (cloud default or self-hosted), without a trailing slash. */
	baseUrl(credentials: ICredentialDataDecryptedObject): string;
	messageOf?: MessageExtractor;
	/** Credential properties that hold secrets (redacted from every error); default: by their names. */
	secretFields?: readonly string[];
	/**
	 * The secrets as they travel, when the credential sends a form of them that is none of its values
	 * (e.g. HTTP Basic's base64 of `identifier:key`, which a server or proxy may echo back): redacted
	 * from every error like the values themselves.
	 */
	wireSecrets?(credentials: ICredentialDataDecryptedObject): string[];
	/** Retry settings; `rateLimitWindowMs` is how long the platform's throttle can last. */
	retry?: Partial<RetryOptions>;
	timeoutMs?: number;
	arrayFormat?: 'indices' | 'brackets' | 'repeat' | 'comma';
	headers?: Record<string, string>;
	/**
	 * Reads a successful response body before the caller sees it, e.g. Crisp's `{error, reason, data}`
	 * envelope to its `data`. Not applied to binary responses.
	 */
	readBody?(body: unknown): unknown;
	/** The platform's API families; a request names one (else `defaultFamily`). */
	families?: Record<F, ApiFamily>;
	defaultFamily?: F;
}

export interface ApiRequest {
	method: IHttpRequestMethods;
	/** Built with apiPath`` so that parameters are encoded. */
	path: string;
	qs?: IDataObject;
	body?: unknown;
	headers?: Record<string, string>;
	/** Replaces the credential's base URL (e.g. another API family on the same host). */
	baseUrl?: string;
	itemIndex?: number;
	timeoutMs?: number;
	/** Another credential type for this call (e.g. a platform-level token). */
	credentialType?: string;
	/** Expect a binary response body (Buffer). */
	binary?: boolean;
	/** Which of the platform's API families this call belongs to (its prefix and credential). */
	family?: string;
	/**
	 * Told each time the server throttles this request (a throttle status such as 429, or a retryable
	 * answer with a `Retry-After`), before it is retried or fails: a list walk then sends one request
	 * at a time. Not sent.
	 */
	onThrottle?(): void;
	/** The credential reads of the list walk this request belongs to (see CredentialReads). Not sent. */
	credentialReads?: CredentialReads;
}

export interface ApiResponse<T = unknown> {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: T;
}

interface FullResponse {
	body: unknown;
	headers: Record<string, string | string[] | undefined>;
	statusCode: number;
}

/** A response header by its lower-case name (the first value of a repeated one). */
export function headerValue(headers: FullResponse['headers'], name: string): string | undefined {
	const found = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name);
	const value = found?.[1];
	return Array.isArray(value) ? value[0] : value;
}

function trimSlash(url: string): string {
	return url.replace(/\/+$/, '');
}

function cleanQuery(qs: IDataObject | undefined): IDataObject | undefined {
	if (!qs) return undefined;
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(qs)) {
		if (value === undefined || value === null || value === '') continue;
		out[key] = value;
	}
	return Object.keys(out).length ? out : undefined;
}

/**
 * The credential reads shared by the requests of one list walk, by credential type and item. n8n
 * reads and decrypts a credential from its database on every getCredentials, and a walk sends many
 * requests with the same one. It lives as long as the walk (platformFetch, clockedFetch), never
 * longer: n8n keeps one poll context for as long as a trigger is active, and a credential changed
 * meanwhile must be read by the next poll.
 */
export type CredentialReads = Map<string, Promise<ICredentialDataDecryptedObject>>;

/** The credential `type` for the item: read once per `reads` (a read that failed is not kept), or afresh without it. */
export function credentialsOf(ctx: RequestContext, type: string, itemIndex: number | undefined, reads?: CredentialReads): Promise<ICredentialDataDecryptedObject> {
	if (!reads) return ctx.getCredentials(type, itemIndex);
	const key = `${type}\u0000${itemIndex ?? ''}`;
	let read = reads.get(key);
	if (!read) {
		read = ctx.getCredentials(type, itemIndex);
		reads.set(key, read);
		read.catch(() => reads.delete(key));
	}
	return read;
}

/**
 * The one request path of every operation: base URL from the credential, auth only through
 * httpRequestWithAuthentication (the credential's `authenticate`), retries with backoff, and any
 * failure turned into a NodeApiError carrying the platform's own message.
 *
 * The credential read here is handed to httpRequestWithAuthentication (`credentialsDecrypted`):
 * without it, n8n reads and decrypts the credential from its database again for every request it
 * sends (a query and a decryption each: about a sixth of a Cliengo page's CPU in n8n 2.40.7).
 */
export async function apiRequest<T = unknown>(this: RequestContext, platform: PlatformSpec, req: ApiRequest): Promise<ApiResponse<T>> {
	const node = this.getNode();
	const familyName = req.family ?? platform.defaultFamily;
	const family = familyName === undefined ? undefined : platform.families?.[familyName];
	if (familyName !== undefined && !family) throw new ApplicationError(`${platform.name} has no API family "${familyName}"`);
	const credentialType = req.credentialType ?? family?.credentialType ?? platform.credentialType;
	const credentials = await credentialsOf(this, credentialType, req.itemIndex, req.credentialReads);
	const asAsked: FailedRequest = { method: req.method, path: req.path, family: familyName };
	if (family) {
		const prefix = typeof family.prefix === 'string' ? family.prefix : await family.prefix.call(this, req, credentials);
		req = { ...req, path: `${prefix}${req.path}` };
	}
	const secrets = [...secretsOf(credentials, platform.secretFields), ...(platform.wireSecrets?.(credentials) ?? []).filter((s) => s.length >= 4)].sort((a, b) => b.length - a.length);
	const retry: RetryOptions = { ...DEFAULT_RETRY, ...platform.retry };
	const messageOf = platform.messageOf ?? defaultMessageOf;
	const base = trimSlash(req.baseUrl ?? platform.baseUrl(credentials));
	const isForm = typeof FormData !== 'undefined' && req.body instanceof FormData;
	// n8n uses only `data`; the node's reference to the credential names it. A copy: n8n may write
	// to it (a credential type with pre-authentication; none of ours has one), and the read is shared.
	const reference = node.credentials?.[credentialType];
	const authentication: IAdditionalCredentialOptions = {
		credentialsDecrypted: { id: reference?.id ?? '', name: reference?.name ?? '', type: credentialType, data: { ...credentials } },
	};

	const options: IHttpRequestOptions = {
		method: req.method,
		url: `${base}${req.path}`,
		qs: cleanQuery(req.qs),
		headers: { Accept: 'application/json', ...platform.headers, ...req.headers },
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: req.timeoutMs ?? platform.timeoutMs ?? 30000,
		arrayFormat: platform.arrayFormat ?? 'brackets',
	};
	if (req.body !== undefined) {
		options.body = req.body as IHttpRequestOptions['body'];
		if (!isForm) options.json = true;
	}
	if (req.binary) options.encoding = 'arraybuffer';
	// Every failure of this request is described the same way: platform, method, path, item, secrets.
	const fail = (details: Pick<ApiErrorDetails, 'status' | 'body' | 'cause' | 'messageOf'>) =>
		toNodeApiError(node, { platform: platform.name, method: req.method, path: req.path, itemIndex: req.itemIndex, secrets, request: asAsked, ...details });

	// Two budgets: 5xx and network failures get `retry.retries` more tries; 429s are retried until
	// the platform's rate-limit window has been waited out (a 429 means the server did nothing).
	let failures = 0;
	let throttled = 0;
	let waitedForLimit = 0;
	for (;;) {
		let response: FullResponse;
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(this, credentialType, options, authentication)) as FullResponse;
		} catch (error) {
			// n8n wraps transport failures in a NodeApiError whose cause carries the network code.
			const code = networkErrorCode(error);
			const canRetry = isRetryableNetworkError(error) && (isIdempotent(req.method) || code === 'ECONNREFUSED');
			if (canRetry && failures < retry.retries) {
				await retryClock.sleep(backoffDelay(failures++, retry));
				continue;
			}
			const reason = redact((error as Error)?.message ?? String(error), secrets);
			throw fail({ cause: `${code ? `${code}: ` : ''}${reason}` });
		}

		const status = response.statusCode;
		if (status >= 200 && status < 300) {
			const body = parseBody(response, req.binary, fail);
			return { status, headers: response.headers ?? {}, body: (platform.readBody && !req.binary ? platform.readBody(body) : body) as T };
		}

		if (isRetryableStatus(status, req.method, retry)) {
			const asked = parseRetryAfter(headerValue(response.headers, 'retry-after'));
			const withinAsk = asked === undefined || asked <= retry.maxRetryAfterMs;
			const throttle = retry.throttleStatuses.includes(status);
			if (throttle || asked !== undefined) req.onThrottle?.();
			if (throttle && withinAsk && waitedForLimit < retry.rateLimitWindowMs && throttled < MAX_THROTTLED_RETRIES) {
				const delay = asked ?? rateLimitDelay(throttled, retry);
				throttled++;
				// Real waits are counted, so a throttle lasting the whole window is always outlived; a
				// server that keeps asking for 0 s is stopped by the retry count instead.
				waitedForLimit += delay;
				await retryClock.sleep(delay);
				continue;
			}
			if (!throttle && withinAsk && failures < retry.retries) {
				const attempt = failures++;
				await retryClock.sleep(asked ?? backoffDelay(attempt, retry));
				continue;
			}
		}
		throw fail({ status, body: decodeErrorBody(response.body), messageOf });
	}
}

/** At most this many 429 retries for one request, whatever the waits. */
const MAX_THROTTLED_RETRIES = 60;

function decodeErrorBody(body: unknown): unknown {
	if (Buffer.isBuffer(body)) body = body.toString('utf8');
	if (typeof body === 'string') {
		try {
			return JSON.parse(body);
		} catch {
			return body;
		}
	}
	return body;
}

function parseBody(response: FullResponse, binary: boolean | undefined, fail: (details: { cause: string }) => Error): unknown {
	const body = response.body;
	if (binary) return body;
	const type = headerValue(response.headers, 'content-type') ?? '';
	if (typeof body === 'string' || Buffer.isBuffer(body)) {
		const text = body.toString();
		if (text.trim() === '') return undefined;
		if (/json/i.test(type) || /^[[{]/.test(text.trim())) {
			try {
				return JSON.parse(text);
			} catch {
				throw fail({ cause: `the response (status ${response.statusCode}) is not valid JSON` });
			}
		}
		if (/html/i.test(type)) {
			throw fail({ cause: `an HTML page came back instead of JSON (status ${response.statusCode}); check the base URL` });
		}
		return text;
	}
	return body;
}
