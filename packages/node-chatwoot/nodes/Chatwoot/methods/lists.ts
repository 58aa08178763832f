import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { listPage, platformFetch, readItems, type ListSpec } from '@leadchat/core';
import { chatwoot, chatwootRequest } from '../transport';

// How the dropdowns and list searches read the account's lists (helpers, not methods: the node
// spreads only the listSearch and loadOptions modules).

/** The records of a list the server sends whole (a bare array or `{payload: […]}`), in one request. */
export async function wholeList(ctx: ILoadOptionsFunctions, path: string, qs?: IDataObject): Promise<IDataObject[]> {
	return readItems((await chatwootRequest.call(ctx, { method: 'GET', path, qs })).body).items;
}

/** A list the server sends whole, filtered here: the filter matches the name shown, or the value exactly. */
export function filtered(items: INodeListSearchItems[], filter?: string): INodeListSearchResult {
	const f = filter?.trim().toLowerCase();
	return { results: f ? items.filter((i) => i.name.toLowerCase().includes(f) || String(i.value).toLowerCase() === f) : items };
}

/** Page `token` of an operation's declared list (the same requests as the operation), as list search results. */
export async function searchPage<P>(
	ctx: ILoadOptionsFunctions,
	list: ListSpec<P>,
	params: P,
	token: string | undefined,
	item: (record: IDataObject) => INodeListSearchItems,
): Promise<INodeListSearchResult> {
	const page = await listPage(platformFetch(ctx, chatwoot), list, params, token);
	return { results: page.records.map(item), paginationToken: page.next };
}
