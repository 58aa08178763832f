import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { MAX_OFFSET, PAGE_SIZE, cliengoRequest, listItems } from '../transport';

/** One page of a Cliengo list for a searchable dropdown; the token is the next offset. */
async function searchPage(
	ctx: ILoadOptionsFunctions,
	path: string,
	qs: IDataObject,
	paginationToken: string | undefined,
	toItem: (o: IDataObject) => INodeListSearchItems,
	filter?: (o: IDataObject) => boolean,
): Promise<INodeListSearchResult> {
	const offset = paginationToken ? Number(paginationToken) : 0;
	const { body } = await cliengoRequest.call(ctx, { method: 'GET', path, qs: { ...qs, limit: PAGE_SIZE, offset } });
	const { items, total } = listItems(body);
	const next = offset + items.length;
	const more = items.length === PAGE_SIZE && (total === undefined || next < total) && next <= MAX_OFFSET;
	return { results: (filter ? items.filter(filter) : items).map(toItem), paginationToken: more ? String(next) : undefined };
}

const contains = (text: unknown, filter: string | undefined) => !filter || String(text ?? '').toLowerCase().includes(filter.toLowerCase());

/** Newest leads first, filtered by the text typed in the list (Cliengo's `query`). */
export async function searchContacts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return searchPage(this, '/contacts', filter ? { query: filter } : {}, paginationToken, (c) => ({
		name: [c.name, c.lastName].filter(Boolean).join(' ') || String(c.email ?? c.phone ?? c.id),
		value: String(c.id),
		description: [c.email, c.phone, c.websiteName].filter(Boolean).join(' · '),
	}));
}

export async function searchSites(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return searchPage(
		this,
		'/sites',
		{},
		paginationToken,
		(s) => ({ name: String(s.title ?? s.url ?? s.id), value: String(s.id), url: typeof s.url === 'string' ? s.url : undefined, description: String(s.url ?? '') }),
		(s) => contains(s.title, filter) || contains(s.url, filter),
	);
}

export async function searchUsers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return searchPage(
		this,
		'/users',
		{},
		paginationToken,
		(u) => ({ name: String(u.name ?? u.email ?? u.id), value: String(u.id), description: String(u.email ?? '') }),
		(u) => contains(u.name, filter) || contains(u.email, filter),
	);
}

/** Chatbots by name; the value is the ID of the site the chatbot runs on. */
export async function searchChatbots(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return searchPage(
		this,
		'/sites/chatbots',
		{},
		paginationToken,
		(b) => ({ name: String(b.name ?? b.websiteId), value: String(b.websiteId ?? b.siteId ?? b.id), description: `Site ${String(b.websiteId ?? b.siteId ?? '')}` }),
		(b) => contains(b.name, filter),
	);
}
