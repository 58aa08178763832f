import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { apiRequest, normalizeBaseUrl, type ApiRequest, type ApiResponse, type PlatformSpec, type RequestContext } from '@leadchat/core';

export const CLIENGO_BASE_URL = 'https://api.cliengo.com/1.0';

export const cliengo: PlatformSpec = {
	name: 'Cliengo',
	credentialType: 'cliengoApi',
	baseUrl: (credentials) => normalizeBaseUrl(credentials.baseUrl, CLIENGO_BASE_URL),
	arrayFormat: 'repeat',
	secretFields: ['apiKey'],
	// Cliengo documents no rate limit; a 429 is retried for core's default window (one minute).
};

/** The one way node code reaches Cliengo. */
export async function cliengoRequest<T = unknown>(this: RequestContext, req: ApiRequest): Promise<ApiResponse<T>> {
	return apiRequest.call(this, cliengo, req) as Promise<ApiResponse<T>>;
}

export type CliengoContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/** Largest page asked of Cliengo (its maximum is undocumented; 50 is known to work). */
export const PAGE_SIZE = 50;
/** Cliengo refuses offsets above this ("Offset cannot be greater than 1000"). */
export const MAX_OFFSET = 1000;
/** How many records one query can reach: pages at offsets 0, 50, …, 1000. */
export const REACHABLE = MAX_OFFSET + PAGE_SIZE;

const ITEM_KEYS = ['results', 'contacts', 'conversations', 'sites', 'websites', 'users', 'chatbots', 'messages', 'notes', 'history', 'triggers', 'data', 'items'];

/**
 * Cliengo list bodies are `{ paging: { total }, <items>: [...] }`; the items key is not documented
 * (`results` is most likely, `contacts` was also seen), so every known key is accepted, and a bare
 * array too.
 */
export function listItems(body: unknown): { items: IDataObject[]; total?: number } {
	if (Array.isArray(body)) return { items: body as IDataObject[] };
	const o = (body ?? {}) as IDataObject;
	const paging = o.paging as IDataObject | undefined;
	const rawTotal = paging?.total ?? o.total;
	const total = typeof rawTotal === 'number' ? rawTotal : typeof rawTotal === 'string' && /^\d+$/.test(rawTotal) ? Number(rawTotal) : undefined;
	for (const key of ITEM_KEYS) {
		if (Array.isArray(o[key])) return { items: o[key] as IDataObject[], total };
	}
	return { items: [], total };
}

/**
 * Offset pagination of a plain Cliengo list (sites, users, conversations, chatbots): asks for no
 * more than it still needs, and never silently stops at the offset cap — when `paging.total` says
 * records lie beyond what Cliengo lets us page to, it fails with a clear message instead of
 * returning a truncated list.
 */
export async function* pagedList(this: RequestContext, path: string, qs: IDataObject, wanted: number, itemIndex?: number): AsyncGenerator<IDataObject> {
	let offset = 0;
	let seen = 0;
	for (;;) {
		const limit = Math.max(1, Math.min(PAGE_SIZE, wanted - seen));
		const { body } = await cliengoRequest.call(this, { method: 'GET', path, qs: { ...qs, offset, limit }, itemIndex });
		const { items, total } = listItems(body);
		for (const item of items) {
			seen++;
			yield item;
		}
		offset += items.length;
		if (seen >= wanted) return;
		if (Array.isArray(body) || items.length === 0) return;
		if (total !== undefined ? offset >= total : items.length < limit) return;
		if (offset > MAX_OFFSET) {
			throw new NodeOperationError(
				this.getNode(),
				`Cliengo lists at most ${REACHABLE} records of ${path} (it refuses offsets above ${MAX_OFFSET}), and ${total ?? 'more'} exist`,
				{ itemIndex, description: 'Turn off "Return All" and set a Limit of at most 1050.' },
			);
		}
	}
}

/** Drains an async generator into an array. */
export async function drain<T>(source: AsyncIterable<T>): Promise<T[]> {
	const out: T[] = [];
	for await (const item of source) out.push(item);
	return out;
}

/** The response of a route documented as returning nothing, or what it did return. */
export function resultOr(body: unknown, fallback: IDataObject): IDataObject {
	if (body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length > 0) return body as IDataObject;
	return fallback;
}

/**
 * A sub-list that Cliengo returns whole (a bare array: notes, messages, history, triggers) or,
 * tolerated, in a list envelope: Return All keeps everything, Limit keeps the first N.
 */
export async function wholeList(this: RequestContext, path: string, returnAll: boolean, limit: number | undefined, itemIndex?: number): Promise<IDataObject[]> {
	const { body } = await cliengoRequest.call(this, { method: 'GET', path, itemIndex });
	const { items } = listItems(body);
	return returnAll ? items : items.slice(0, limit ?? 50);
}
