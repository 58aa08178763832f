import type { IDataObject } from 'n8n-workflow';
import { apiRequest, isDataObject, normalizeBaseUrl, type ApiRequest, type ApiResponse, type PlatformSpec, type RequestContext } from '@leadchat/core';
import { CHAPORT_REGION_URLS } from '../../../credentials/ChaportApi.credentials';

export const CHAPORT_CREDENTIAL = 'leadchatChaportApi';

/** The API base URL of a credential: its region's, or the custom base URL (trailing slashes removed). */
export function chaportBaseUrl(credentials: IDataObject): string {
	if (credentials.region === 'custom') return normalizeBaseUrl(credentials.baseUrl, CHAPORT_REGION_URLS.global);
	return credentials.region === 'ru' ? CHAPORT_REGION_URLS.ru : CHAPORT_REGION_URLS.global;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/**
 * Chaport's error text. The error body is not documented: `{error: {code, message}}` is inferred
 * (the fake's default), and `{message}` and `{error: "text"}` are read too. A body that is text (a
 * proxy's or gateway's page) is left to core, which summarises an HTML page instead of pasting it.
 */
export function chaportMessage(body: unknown): string | undefined {
	if (!isDataObject(body)) return undefined;
	const error = body.error;
	if (isDataObject(error)) return text(error.message) ?? text(error.code);
	return text(error) ?? text(body.message);
}

/**
 * Every Chaport success is `{result: …}`; lists add a sibling `links` (`links.next` on the visitor
 * list, `links.more` on a visitor's chat). The decision: `readBody` unwraps `result` only when it is
 * the ONLY key, so plain answers reach operations as the record itself; an answer with `links` is
 * kept whole (`{result, links}`) so that list declarations (`paging.nextLink`, the chat walk) can
 * read the links, and those lists and outputs take the record(s) with `resultOf`.
 */
export function readChaportBody(body: unknown): unknown {
	return isDataObject(body) && 'result' in body && Object.keys(body).length === 1 ? body.result : body;
}

/** The `result` of an answer kept whole (one with `links`), or the already unwrapped answer. */
export function resultOf(body: unknown): unknown {
	return isDataObject(body) && 'result' in body ? body.result : body;
}

/** The `links` of an answer kept whole, or `{}`. */
export function linksOf(body: unknown): IDataObject {
	return isDataObject(body) && isDataObject(body.links) ? body.links : {};
}

export const chaport: PlatformSpec = {
	name: 'Chaport',
	credentialType: CHAPORT_CREDENTIAL,
	baseUrl: chaportBaseUrl,
	secretFields: ['accessToken'],
	messageOf: chaportMessage,
	// Chaport documents no rate limit: core's default applies (429 retried for every method, after
	// the Retry-After the server asks for, or with growing waits; 502–504 retried for reads).
	readBody: readChaportBody,
};

/** The one way node code reaches Chaport. */
export async function chaportRequest<T = unknown>(this: RequestContext, req: ApiRequest): Promise<ApiResponse<T>> {
	return apiRequest.call(this, chaport, req) as Promise<ApiResponse<T>>;
}
