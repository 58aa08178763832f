import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions, IPollFunctions } from 'n8n-workflow';
import { apiRequest, byOffset, normalizeBaseUrl, type ApiRequest, type ApiResponse, type PlatformSpec, type RequestContext } from '@leadchat/core';

export const CLIENGO_BASE_URL = 'https://api.cliengo.com/1.0';

export const cliengo: PlatformSpec = {
	name: 'Cliengo',
	credentialType: 'cliengoApi',
	baseUrl: (credentials) => normalizeBaseUrl(credentials.baseUrl, CLIENGO_BASE_URL),
	arrayFormat: 'repeat',
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

/**
 * Cliengo list bodies are `{ paging: { total }, <items>: [...] }`; the items key is not documented
 * (`results` is most likely, `contacts` was also seen), so every known key is accepted, and a bare
 * array too.
 */
export function listItems(body: unknown): { items: IDataObject[]; total?: number } {
	if (Array.isArray(body)) return { items: body as IDataObject[] };
	const o = (body ?? {}) as IDataObject;
	const total = typeof (o.paging as IDataObject | undefined)?.total === 'number' ? ((o.paging as IDataObject).total as number) : undefined;
	for (const key of ['results', 'contacts', 'conversations', 'sites', 'websites', 'users', 'chatbots', 'data', 'items']) {
		if (Array.isArray(o[key])) return { items: o[key] as IDataObject[], total };
	}
	return { items: [], total };
}

/** Offset pagination of a plain Cliengo list (not the contacts window walk). */
export function pagedList(this: RequestContext, path: string, qs: IDataObject, wanted: number) {
	return byOffset<IDataObject>(
		{
			pageSize: PAGE_SIZE,
			maxOffset: MAX_OFFSET,
			fetch: async (offset, limit) => {
				const { body } = await cliengoRequest.call(this, { method: 'GET', path, qs: { ...qs, offset, limit } });
				return listItems(body);
			},
		},
		wanted,
	);
}
