import { ApplicationError, NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { ICredentialDataDecryptedObject, INode, JsonObject } from 'n8n-workflow';

/** Turns an API error body into the platform's own message, or undefined when it has none. */
/**
 * The request a failure answers, as the node asked for it: its API family (the platform's default
 * when the request named none) and its path before the family's prefix.
 */
export interface FailedRequest {
	method: string;
	path: string;
	family?: string;
}

/** The platform's message in a failed response; it may depend on the request (e.g. which route answered 404). */
export type MessageExtractor = (body: unknown, status: number, request?: FailedRequest) => string | undefined;

const STATUS_TEXT: Record<number, string> = {
	400: 'Bad request',
	401: 'Authorization failed: check the credentials',
	402: 'Payment required',
	403: 'Forbidden: the credentials lack the permission',
	404: 'The resource was not found',
	409: 'Conflict',
	422: 'The request was refused as invalid',
	429: 'Too many requests: the rate limit was reached',
	500: 'The server had an internal error',
	502: 'Bad gateway',
	503: 'The service is unavailable',
	504: 'Gateway timeout',
};

function firstString(value: unknown): string | undefined {
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	if (Array.isArray(value)) {
		const parts = value.map(firstString).filter((v): v is string => v !== undefined);
		return parts.length ? parts.join('; ') : undefined;
	}
	if (value && typeof value === 'object') {
		const o = value as Record<string, unknown>;
		return firstString(o.message) ?? firstString(o.msg) ?? firstString(o.detail) ?? firstString(o.description);
	}
	return undefined;
}

/**
 * Finds a readable message in the common error bodies: {error}, {message}, {errors:[…]}, {reason},
 * {error:{message}}, plain text. HTML pages (proxies, gateways) are summarised, not pasted.
 */
export const defaultMessageOf: MessageExtractor = (body) => {
	if (body === undefined || body === null) return undefined;
	if (typeof body === 'string') {
		const text = body.trim();
		if (text === '') return undefined;
		if (/^<!doctype html|^<html/i.test(text)) {
			const title = /<(?:title|h1)[^>]*>([^<]+)</i.exec(text)?.[1]?.trim();
			return title ? `The server answered with an HTML page: ${title}` : 'The server answered with an HTML page';
		}
		return text.length > 300 ? `${text.slice(0, 300)}…` : text;
	}
	if (typeof body !== 'object') return String(body);
	const o = body as Record<string, unknown>;
	const found =
		firstString(o.error) ??
		firstString(o.message) ??
		firstString(o.errors) ??
		firstString(o.reason) ??
		firstString(o.error_description) ??
		firstString(o.detail);
	return found;
};

/** Credential properties whose names say they hold a secret: "accessToken", "apiKey", "secret", "password". */
const SECRET_NAME = /(token|secret|password|passwd|key)$/i;

/**
 * Every credential value that must never appear in an error or a log line: the values of the
 * properties the platform declares secret, or else of those whose names say so. Settings such as a
 * base URL, a key location ("query") or a header name stay readable.
 */
export function secretsOf(credentials: ICredentialDataDecryptedObject | undefined, secretFields?: readonly string[]): string[] {
	if (!credentials) return [];
	const out: string[] = [];
	for (const [key, value] of Object.entries(credentials)) {
		const secret = secretFields ? secretFields.includes(key) : SECRET_NAME.test(key);
		if (!secret) continue;
		if (typeof value === 'string' && value.length >= 4) out.push(value);
	}
	return out.sort((a, b) => b.length - a.length);
}

export function redact(text: string, secrets: string[]): string {
	let out = text;
	for (const secret of secrets) {
		if (!secret) continue;
		out = out.split(secret).join('***');
		const encoded = encodeURIComponent(secret);
		if (encoded !== secret) out = out.split(encoded).join('***');
	}
	return out;
}

export interface ApiErrorDetails {
	platform: string;
	status?: number;
	body?: unknown;
	method: string;
	path: string;
	itemIndex?: number;
	secrets?: string[];
	messageOf?: MessageExtractor;
	/** What messageOf is told of the request (default: method and path above, no family). */
	request?: FailedRequest;
	/** Used when there is no HTTP status: a network failure or an unreadable response. */
	cause?: string;
}

/** Builds the NodeApiError for a failed call, with the platform's own message and the HTTP code. */
export function toNodeApiError(node: INode, details: ApiErrorDetails): NodeApiError {
	const secrets = details.secrets ?? [];
	const status = details.status;
	const platformMessage =
		(status !== undefined ? (details.messageOf ?? defaultMessageOf)(details.body, status, details.request ?? { method: details.method, path: details.path }) : undefined) ??
		(details.messageOf ? defaultMessageOf(details.body, status ?? 0) : undefined);
	const fallback =
		status !== undefined ? (STATUS_TEXT[status] ?? `The request failed with status ${status}`) : details.cause ?? 'The request failed';
	const message = redact(platformMessage ?? fallback, secrets);
	const where = `${details.method} ${redact(details.path, secrets)}`;
	const description = redact(
		status !== undefined
			? `${details.platform} answered ${status} to ${where}${platformMessage ? '' : ` (${fallback})`}`
			: `${details.platform}: ${details.cause ?? 'no response'} for ${where}`,
		secrets,
	);
	// The error response object is built here from safe parts only: never the request options,
	// whose headers and query carry the credentials.
	const errorResponse: JsonObject = { message, description };
	if (status !== undefined) errorResponse.httpCode = String(status);
	return new NodeApiError(node, errorResponse, {
		message,
		description,
		httpCode: status !== undefined ? String(status) : null,
		itemIndex: details.itemIndex,
	} as never);
}

/** An input problem found before any request: names the item (1-based, as n8n shows it) and the field. */
export function inputError(node: INode, itemIndex: number, field: string, problem: string, description?: string): NodeOperationError {
	return new NodeOperationError(node, `Item ${itemIndex + 1}: "${field}" ${problem}`, { itemIndex, description });
}

/**
 * Bad input found by code that runs without the item at hand (a list's `request`, a dropdown's
 * parameters): the router turns it into the item's NodeOperationError naming the field, as
 * `tools.fail` does. Thrown by `refuse`.
 */
export class InputProblem extends ApplicationError {
	constructor(
		readonly field: string,
		readonly problem: string,
	) {
		super(`"${field}" ${problem}`);
		this.name = 'InputProblem';
	}
}

/** Refuses a value of a field, like `tools.fail`, from code that has no n8n context (e.g. a list's `request`). */
export function refuse(field: string, problem: string): never {
	throw new InputProblem(field, problem);
}
