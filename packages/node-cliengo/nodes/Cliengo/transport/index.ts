import type { IDataObject } from 'n8n-workflow';
import { apiRequest, normalizeBaseUrl, type ApiRequest, type ApiResponse, type PageResult, type PlatformSpec, type RequestContext } from '@leadchat/core';

export const CLIENGO_BASE_URL = 'https://api.cliengo.com/1.0';

export const cliengo: PlatformSpec = {
	name: 'Cliengo',
	credentialType: 'leadchatCliengoApi',
	baseUrl: (credentials) => normalizeBaseUrl(credentials.baseUrl, CLIENGO_BASE_URL),
	arrayFormat: 'repeat',
	secretFields: ['apiKey'],
	// Cliengo documents no rate limit; a 429 is retried for core's default window (one minute).
};

/** The one way node code reaches Cliengo. */
export async function cliengoRequest<T = unknown>(this: RequestContext, req: ApiRequest): Promise<ApiResponse<T>> {
	return apiRequest.call(this, cliengo, req) as Promise<ApiResponse<T>>;
}

const ITEM_KEYS = ['results', 'contacts', 'conversations', 'sites', 'websites', 'users', 'chatbots', 'messages', 'notes', 'history', 'triggers', 'data', 'items'];

/**
 * Cliengo list bodies are `{ paging: { total }, <items>: [...] }`; the items key is not documented
 * (`results` is most likely, `contacts` was also seen), so every known key is accepted. A bare
 * array (notes, messages, history, triggers) is a whole list: no page follows it.
 */
export function listItems(body: unknown): PageResult<IDataObject> {
	if (Array.isArray(body)) return { items: body as IDataObject[], hasMore: false };
	const o = (body ?? {}) as IDataObject;
	const paging = o.paging as IDataObject | undefined;
	const rawTotal = paging?.total ?? o.total;
	const total = typeof rawTotal === 'number' ? rawTotal : typeof rawTotal === 'string' && /^\d+$/.test(rawTotal) ? Number(rawTotal) : undefined;
	for (const key of ITEM_KEYS) {
		if (Array.isArray(o[key])) return { items: o[key] as IDataObject[], total };
	}
	return { items: [], total };
}
