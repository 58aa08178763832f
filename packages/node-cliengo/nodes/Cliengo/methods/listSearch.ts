import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { listPage, platformFetch, type ListSpec } from '@leadchat/core';
import { chatbotList, contactList, siteList, userList } from '../helpers/lists';
import { cliengo } from '../transport';

/** One page of a declared Cliengo list for a searchable dropdown; the token is the next offset. */
async function searchPage<P>(
	ctx: ILoadOptionsFunctions,
	list: ListSpec<P>,
	params: P,
	paginationToken: string | undefined,
	toItem: (o: IDataObject) => INodeListSearchItems,
	filter?: (o: IDataObject) => boolean,
): Promise<INodeListSearchResult> {
	const { records, next } = await listPage(platformFetch(ctx, cliengo), list, params, paginationToken);
	return { results: (filter ? records.filter(filter) : records).map(toItem), paginationToken: next };
}

const contains = (text: unknown, filter: string | undefined) => !filter || String(text ?? '').toLowerCase().includes(filter.toLowerCase());

/** Newest leads first, filtered by the text typed in the list (Cliengo's `query`). */
export async function searchContacts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return searchPage(this, contactList, { query: filter }, paginationToken, (c) => ({
		name: [c.name, c.lastName].filter(Boolean).join(' ') || String(c.email ?? c.phone ?? c.id),
		value: String(c.id),
		description: [c.email, c.phone, c.websiteName].filter(Boolean).join(' · '),
	}));
}

export async function searchSites(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return searchPage(
		this,
		siteList,
		{},
		paginationToken,
		(s) => ({ name: String(s.title ?? s.url ?? s.id), value: String(s.id), url: typeof s.url === 'string' ? s.url : undefined, description: String(s.url ?? '') }),
		(s) => contains(s.title, filter) || contains(s.url, filter),
	);
}

export async function searchUsers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return searchPage(
		this,
		userList,
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
		chatbotList,
		{},
		paginationToken,
		(b) => ({ name: String(b.name ?? b.websiteId), value: String(b.websiteId ?? b.siteId ?? b.id), description: `Site ${String(b.websiteId ?? b.siteId ?? '')}` }),
		(b) => contains(b.name, filter),
	);
}
