/**
 * Fake-server framework: a real `node:http` server on 127.0.0.1 (random port) with Rails-like
 * routing, request logging, fault injection and request validation. Each platform fake
 * (Chatwoot, Cliengo, ...) is a set of routes + a state object on top of this.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { getBoundary, parseMultipart, type MultipartBody } from './multipart';
import { parseQuery, type ParsedQuery } from './query';

/**
 * The header that tells a fake in which order the test kit's client sent its requests: requests a
 * node sends together (pages read concurrently) can reach the server in another order, and the
 * request log keeps the order they were sent in. The fake removes the header before anything sees
 * it. n8n sends no such header: it exists only between the test kit's client and its fakes.
 */
export const SEND_ORDER_HEADER = 'x-testkit-send-order';

export interface FakeRequest {
	method: string;
	/** Decoded pathname, no query. */
	path: string;
	/** Pathname exactly as received, still percent-encoded. */
	rawPath: string;
	/** Parsed query (`a=1&a=2` and `a[]=1&a[]=2` both give `{ a: ['1', '2'] }`). */
	query: ParsedQuery;
	/** Raw query string as received, without the leading `?`. */
	rawQuery: string;
	/** Lower-case header names. */
	headers: Record<string, string | undefined>;
	/**
	 * Parsed body: JSON value for `application/json` (and `+json`), object for urlencoded,
	 * `{ fields, files }` for multipart/form-data, string for `text/*`, the raw Buffer for
	 * anything else, `undefined` when the body is empty.
	 */
	body: unknown;
	rawBody: Buffer;
	/** Route params, percent-decoded. */
	params: Record<string, string>;
}

export interface FakeResponse {
	status?: number;
	headers?: Record<string, string>;
	/** Object/array/number/boolean/null -> JSON; string -> sent as is; Buffer -> sent as is; undefined -> empty body. */
	body?: unknown;
}

export type Handler<S> = (
	req: FakeRequest,
	state: S,
	server: FakeServer<S>,
) => FakeResponse | Promise<FakeResponse>;

export interface Route<S> {
	method: string;
	/** Pattern such as `/api/v1/accounts/:accountId/contacts/:id`. */
	path: string;
	handler: Handler<S>;
	name?: string;
	/** Skip `FakeServerOptions.auth` for this route (e.g. public endpoints). */
	skipAuth?: boolean;
}

export type Fault =
	| { status: number; headers?: Record<string, string>; body?: unknown }
	| { delayMs: number }
	| { malformedJson: true }
	| { html: true; status?: number }
	| { drop: true };

export interface FaultMatch {
	method?: string;
	/** A string is compared to the decoded path, the raw path, or used as a `:param` pattern; a RegExp is tested against both paths. */
	path?: string | RegExp;
}

export interface InjectOptions {
	/** How many matching requests the fault applies to (default 1). */
	times?: number;
	match?: FaultMatch;
}

/** A received request as the log keeps it: the request itself plus what became of it. */
export interface LoggedRequest extends FakeRequest {
	/** Status code sent; 0 when the connection was dropped or no response was written. */
	status: number;
	/** Name (or `METHOD pattern`) of the matched route. */
	route?: string;
	/** Kind of the injected fault that handled this request, if any. */
	fault?: 'status' | 'delay' | 'malformedJson' | 'html' | 'drop';
	receivedAt: number;
	/** The order the test kit's client sent it in (its send-order header), when it came from there. */
	sendOrder?: number;
}

/**
 * Wraps what the server does with a request after fault injection: `next()` routes it (auth and
 * handler, or the not-found answer) and resolves with its response. An interceptor may act before
 * (change the state between two page requests, throttle), answer instead (a response, or `'drop'`
 * to close the connection), or run `next()` and then replace or drop its answer (a server that
 * acted but whose reply was lost). `req.route` and `req.params` are already set for a known route.
 */
export type Interceptor<S> = (
	req: LoggedRequest,
	next: () => Promise<FakeResponse | 'drop'>,
	server: FakeServer<S>,
) => FakeResponse | 'drop' | Promise<FakeResponse | 'drop'>;

export interface FakeServerOptions<S> {
	name: string;
	routes: Route<S>[];
	state: S;
	/** Return a response to reject the request (e.g. 401); `undefined` lets it through. Not called for unknown routes. */
	auth?: (req: FakeRequest, state: S) => FakeResponse | undefined;
	notFound?: (req: FakeRequest) => FakeResponse;
	/** Return contract violations for this request; they are collected in `server.violations`. */
	validate?: (req: FakeRequest, route: Route<S> | undefined) => string[];
	/**
	 * The fake's clock: every answer's `Date` header tells it (whole seconds, as HTTP does), as a real
	 * server's tells its own. Without it Node's http sends the real time.
	 */
	clock?: () => number;
}

interface CompiledRoute<S> {
	route: Route<S>;
	segments: string[];
	label: string;
}

interface PendingFault {
	fault: Fault;
	remaining: number;
	match?: FaultMatch;
}

const HTML_ERROR_PAGE = '<html><body><h1>502 Bad Gateway</h1></body></html>';

function splitPath(path: string): string[] {
	const segments = path.split('/');
	// '/a/b/' -> ['', 'a', 'b'] (trailing slash tolerated, like Rails)
	if (segments.length > 2 && segments[segments.length - 1] === '') segments.pop();
	return segments;
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** Matches a raw (still encoded) path against a `:param` pattern. Params are decoded after splitting. */
export function matchPath(pattern: string, rawPath: string): Record<string, string> | undefined {
	const patternSegments = splitPath(pattern);
	const pathSegments = splitPath(rawPath);
	if (patternSegments.length !== pathSegments.length) return undefined;
	const params: Record<string, string> = {};
	for (let i = 0; i < patternSegments.length; i++) {
		const expected = patternSegments[i];
		const actual = pathSegments[i];
		if (expected.startsWith(':')) {
			if (actual === '') return undefined;
			params[expected.slice(1)] = safeDecode(actual);
		} else if (expected !== actual && expected !== safeDecode(actual)) {
			return undefined;
		}
	}
	return params;
}

function faultKind(fault: Fault): NonNullable<LoggedRequest['fault']> {
	if ('drop' in fault) return 'drop';
	if ('malformedJson' in fault) return 'malformedJson';
	if ('html' in fault) return 'html';
	if ('delayMs' in fault) return 'delay';
	return 'status';
}

function lowerCaseHeaders(headers: http.IncomingHttpHeaders): Record<string, string | undefined> {
	const result: Record<string, string | undefined> = {};
	for (const [key, value] of Object.entries(headers)) {
		result[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
	}
	return result;
}

class BodyParseError extends Error {}

function parseBody(rawBody: Buffer, contentType: string | undefined): unknown {
	if (rawBody.length === 0) return undefined;
	const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
	if (type === 'application/json' || type.endsWith('+json')) {
		try {
			return JSON.parse(rawBody.toString('utf8'));
		} catch (error) {
			throw new BodyParseError(`Malformed JSON body: ${(error as Error).message}`);
		}
	}
	if (type === 'application/x-www-form-urlencoded') {
		return parseQuery(rawBody.toString('utf8'));
	}
	if (type === 'multipart/form-data') {
		const boundary = getBoundary(contentType);
		if (!boundary) throw new BodyParseError('multipart/form-data without boundary');
		try {
			return parseMultipart(rawBody, boundary) satisfies MultipartBody;
		} catch (error) {
			throw new BodyParseError((error as Error).message);
		}
	}
	if (type.startsWith('text/')) return rawBody.toString('utf8');
	return rawBody;
}

export class FakeServer<S> {
	state: S;
	readonly requests: LoggedRequest[] = [];
	violations: string[] = [];
	readonly name: string;

	private readonly options: FakeServerOptions<S>;
	private readonly routes: CompiledRoute<S>[] = [];
	private faults: PendingFault[] = [];
	private readonly interceptors: Interceptor<S>[] = [];
	private server?: http.Server;
	private baseUrl?: string;
	private readonly sockets = new Set<Socket>();
	private readonly timers = new Set<NodeJS.Timeout>();

	constructor(opts: FakeServerOptions<S>) {
		this.options = opts;
		this.name = opts.name;
		this.state = opts.state;
		for (const route of opts.routes) this.addRoute(route);
	}

	/** Base URL, e.g. `http://127.0.0.1:43121`. Throws before `start()`. */
	get url(): string {
		if (!this.baseUrl) throw new Error(`FakeServer "${this.name}" is not started`);
		return this.baseUrl;
	}

	get port(): number {
		return Number(new URL(this.url).port);
	}

	addRoute(route: Route<S>): void {
		this.routes.push({
			route,
			segments: splitPath(route.path),
			label: route.name ?? `${route.method.toUpperCase()} ${route.path}`,
		});
	}

	async start(port = 0): Promise<string> {
		if (this.server) throw new Error(`FakeServer "${this.name}" is already started`);
		const server = http.createServer((req, res) => {
			void this.dispatch(req, res);
		});
		server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => {
				server.off('error', reject);
				resolve();
			});
		});
		this.server = server;
		const address = server.address() as AddressInfo;
		this.baseUrl = `http://127.0.0.1:${address.port}`;
		return this.baseUrl;
	}

	async stop(): Promise<void> {
		const server = this.server;
		if (!server) return;
		this.server = undefined;
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		const closed = new Promise<void>((resolve) => server.close(() => resolve()));
		server.closeAllConnections();
		for (const socket of this.sockets) socket.destroy();
		await closed;
	}

	clearLog(): void {
		this.requests.length = 0;
	}

	/** Queue a fault. Faults are consumed in order by matching requests, before routing and auth. */
	inject(fault: Fault, opts: InjectOptions = {}): void {
		const times = opts.times ?? 1;
		if (!(times >= 1)) throw new Error('inject(): times must be >= 1');
		this.faults.push({ fault, remaining: times, match: opts.match });
	}

	/** Faults that have not been consumed yet (useful to assert a retry actually happened). */
	get pendingFaults(): number {
		return this.faults.reduce((sum, f) => sum + f.remaining, 0);
	}

	clearFaults(): void {
		this.faults = [];
	}

	/** Adds an interceptor (see `Interceptor`); the first added is the outermost. Returns its removal. */
	intercept(interceptor: Interceptor<S>): () => void {
		this.interceptors.push(interceptor);
		return () => {
			const i = this.interceptors.indexOf(interceptor);
			if (i !== -1) this.interceptors.splice(i, 1);
		};
	}

	/** Logged requests that hit the given route (by `name`, or `METHOD pattern` when unnamed). */
	requestsTo(route: string): LoggedRequest[] {
		return this.requests.filter((r) => r.route === route);
	}

	lastRequest(): LoggedRequest | undefined {
		return this.requests[this.requests.length - 1];
	}

	assertNoViolations(): void {
		if (this.violations.length > 0) {
			throw new Error(
				`FakeServer "${this.name}" recorded ${this.violations.length} contract violation(s):\n` +
					this.violations.map((v) => `  - ${v}`).join('\n'),
			);
		}
	}

	private sleep(ms: number): Promise<void> {
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				resolve();
			}, ms);
			this.timers.add(timer);
		});
	}

	private takeFault(req: FakeRequest): Fault | undefined {
		const index = this.faults.findIndex((pending) => {
			const match = pending.match;
			if (!match) return true;
			if (match.method && match.method.toUpperCase() !== req.method) return false;
			if (match.path !== undefined) {
				if (match.path instanceof RegExp) {
					return match.path.test(req.path) || match.path.test(req.rawPath);
				}
				return (
					match.path === req.path ||
					match.path === req.rawPath ||
					matchPath(match.path, req.rawPath) !== undefined
				);
			}
			return true;
		});
		if (index === -1) return undefined;
		const pending = this.faults[index];
		pending.remaining -= 1;
		if (pending.remaining <= 0) this.faults.splice(index, 1);
		return pending.fault;
	}

	private findRoute(method: string, rawPath: string) {
		for (const compiled of this.routes) {
			if (compiled.route.method.toUpperCase() !== method) continue;
			const params = matchPath(compiled.route.path, rawPath);
			if (params) return { compiled, params };
		}
		return undefined;
	}

	private async dispatch(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		try {
			for await (const chunk of req) chunks.push(chunk as Buffer);
		} catch {
			return; // client went away while sending
		}
		const rawBody = Buffer.concat(chunks);
		const rawUrl = req.url ?? '/';
		const questionMark = rawUrl.indexOf('?');
		const rawPath = questionMark === -1 ? rawUrl : rawUrl.slice(0, questionMark);
		const rawQuery = questionMark === -1 ? '' : rawUrl.slice(questionMark + 1).replace(/#.*$/, '');
		const headers = lowerCaseHeaders(req.headers);
		const sendOrder = Number(headers[SEND_ORDER_HEADER]) || undefined;
		delete headers[SEND_ORDER_HEADER];

		let body: unknown;
		let bodyError: string | undefined;
		try {
			body = parseBody(rawBody, headers['content-type']);
		} catch (error) {
			bodyError = (error as Error).message;
		}

		const request: FakeRequest = {
			method: (req.method ?? 'GET').toUpperCase(),
			path: safeDecode(rawPath),
			rawPath,
			query: parseQuery(rawQuery),
			rawQuery,
			headers,
			body,
			rawBody,
			params: {},
		};
		const entry: LoggedRequest = { ...request, status: 0, receivedAt: Date.now(), ...(sendOrder ? { sendOrder } : {}) };
		this.log(entry);

		const send = (response: FakeResponse) => this.write(res, entry, response);

		try {
			const fault = this.takeFault(request);
			if (fault) {
				entry.fault = faultKind(fault);
				if ('drop' in fault) {
					req.socket.destroy();
					return;
				}
				if ('delayMs' in fault) {
					await this.sleep(fault.delayMs);
					if (res.destroyed || req.socket.destroyed) return;
				} else if ('malformedJson' in fault) {
					send({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"oops":' });
					return;
				} else if ('html' in fault) {
					send({
						status: fault.status ?? 502,
						headers: { 'content-type': 'text/html' },
						body: HTML_ERROR_PAGE,
					});
					return;
				} else {
					send({ status: fault.status, headers: fault.headers, body: fault.body });
					return;
				}
			}

			if (bodyError !== undefined) {
				send({ status: 400, body: { error: bodyError } });
				return;
			}

			const found = this.findRoute(request.method, rawPath);
			if (found) {
				request.params = found.params;
				entry.params = found.params;
				entry.route = found.compiled.label;
			}
			const route = async (): Promise<FakeResponse> => {
				if (!found) {
					this.collectViolations(request, undefined);
					return this.options.notFound ? this.options.notFound(request) : { status: 404, body: { error: 'Not Found' } };
				}
				this.collectViolations(request, found.compiled.route);
				if (this.options.auth && !found.compiled.route.skipAuth) {
					const rejection = this.options.auth(request, this.state);
					if (rejection) return rejection;
				}
				return (await found.compiled.route.handler(request, this.state, this)) ?? { status: 204 };
			};
			const chain = this.interceptors.reduceRight<() => Promise<FakeResponse | 'drop'>>(
				(next, interceptor) => async () => interceptor(entry, next, this),
				route,
			);
			const response = await chain();
			if (response === 'drop') {
				req.socket.destroy();
				return;
			}
			send(response);
		} catch (error) {
			const message = (error as Error)?.stack ?? String(error);
			this.violations.push(`${request.method} ${request.rawPath}: handler threw ${message}`);
			if (!res.headersSent && !res.destroyed) {
				send({ status: 500, body: { error: 'Internal Server Error', message: (error as Error)?.message } });
			}
		}
	}

	private collectViolations(request: FakeRequest, route: Route<S> | undefined): void {
		if (!this.options.validate) return;
		const found = this.options.validate(request, route) ?? [];
		for (const violation of found) {
			this.violations.push(`${request.method} ${request.rawPath}: ${violation}`);
		}
	}

	/**
	 * Adds a request to the log in the order it was sent: one that overtook requests sent before it
	 * (another connection was faster) goes before them.
	 */
	private log(entry: LoggedRequest): void {
		let at = this.requests.length;
		if (entry.sendOrder !== undefined) {
			while (at > 0) {
				const before = this.requests[at - 1].sendOrder;
				if (before === undefined || before < entry.sendOrder) break;
				at--;
			}
		}
		this.requests.splice(at, 0, entry);
	}

	private write(res: http.ServerResponse, entry: LoggedRequest, response: FakeResponse): void {
		if (res.destroyed || res.headersSent) return;
		const status = response.status ?? 200;
		const headers: Record<string, string> = {};
		for (const [key, value] of Object.entries(response.headers ?? {})) headers[key.toLowerCase()] = value;

		let payload: Buffer;
		const { body } = response;
		if (body === undefined) {
			payload = Buffer.alloc(0);
		} else if (Buffer.isBuffer(body)) {
			payload = body;
			headers['content-type'] ??= 'application/octet-stream';
		} else if (typeof body === 'string') {
			payload = Buffer.from(body, 'utf8');
			headers['content-type'] ??= 'text/plain; charset=utf-8';
		} else {
			payload = Buffer.from(JSON.stringify(body), 'utf8');
			headers['content-type'] ??= 'application/json; charset=utf-8';
		}
		if (status === 204 || status === 304) payload = Buffer.alloc(0);
		headers['content-length'] = String(payload.length);
		if (this.options.clock && headers.date === undefined) headers.date = new Date(this.options.clock()).toUTCString();

		entry.status = status;
		res.writeHead(status, headers);
		res.end(payload);
	}
}

// ---------------------------------------------------------------------------------------------
// Plain HTTP client helpers (for sending webhooks to a listener, or poking a fake server).
// ---------------------------------------------------------------------------------------------

export interface SendResult {
	status: number;
	headers: http.IncomingHttpHeaders;
	/** Parsed JSON when the response is JSON-parseable, otherwise the text. */
	body: unknown;
	/** Response body as text. */
	text: string;
	/** The exact request body that was sent. */
	raw: string;
}

export interface SendOptions {
	method?: string;
	headers?: Record<string, string>;
	/** String/Buffer bodies are sent as is; anything else is JSON-encoded. */
	body?: unknown;
	timeoutMs?: number;
}

/** Sends a request with `node:http` (no axios) and resolves with the full response. */
export function httpSend(url: string, options: SendOptions = {}): Promise<SendResult> {
	const target = new URL(url);
	let raw = '';
	let payload: Buffer | undefined;
	const headers: Record<string, string> = { ...(options.headers ?? {}) };
	const hasHeader = (name: string) => Object.keys(headers).some((h) => h.toLowerCase() === name);

	if (options.body !== undefined) {
		if (Buffer.isBuffer(options.body)) {
			payload = options.body;
			raw = options.body.toString('utf8');
		} else if (typeof options.body === 'string') {
			raw = options.body;
			payload = Buffer.from(raw, 'utf8');
		} else {
			raw = JSON.stringify(options.body);
			payload = Buffer.from(raw, 'utf8');
			if (!hasHeader('content-type')) headers['Content-Type'] = 'application/json';
		}
		headers['Content-Length'] = String(payload.length);
	}

	return new Promise((resolve, reject) => {
		const req = http.request(
			{
				hostname: target.hostname,
				port: target.port,
				path: target.pathname + target.search,
				method: (options.method ?? 'GET').toUpperCase(),
				headers,
				agent: false,
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('error', reject);
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					let body: unknown = text;
					if (text !== '') {
						try {
							body = JSON.parse(text);
						} catch {
							body = text;
						}
					}
					resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text, raw });
				});
			},
		);
		if (options.timeoutMs) {
			req.setTimeout(options.timeoutMs, () => req.destroy(new Error(`timeout of ${options.timeoutMs}ms exceeded`)));
		}
		req.on('error', reject);
		if (payload) req.write(payload);
		req.end();
	});
}

/**
 * POSTs JSON (or a pre-serialized string, sent byte for byte) and returns the response plus
 * `raw`, the exact body that was sent — handy for computing webhook signatures.
 */
export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<SendResult> {
	const hasContentType = Object.keys(headers).some((h) => h.toLowerCase() === 'content-type');
	return httpSend(url, {
		method: 'POST',
		body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
		headers: hasContentType ? headers : { 'Content-Type': 'application/json', ...headers },
	});
}
