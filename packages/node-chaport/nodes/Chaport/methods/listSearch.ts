import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { collectList, isDataObject, listPage, platformFetch } from '@leadchat/core';
import { latestChat, olderChatIds, operatorsList, visitorsList } from '../lists';
import { chaport, resultOf } from '../transport';

const text = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const contains = (haystack: unknown[], filter?: string) => !filter?.trim() || haystack.some((h) => text(h).toLowerCase().includes(filter.trim().toLowerCase()));

/** How many pages of visitors one search reads before it hands back a token to read on. */
const PAGES_PER_SEARCH = 5;

/**
 * Visitors, most recent chat first. Chaport has no visitor search: with a filter, pages are read
 * (up to five per call, the token continuing the walk) and kept when the name, email or phone
 * contains the filter.
 */
export async function searchVisitors(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const fetch = platformFetch(this, chaport);
	const results: INodeListSearchResult['results'] = [];
	let token = paginationToken;
	for (let page = 0; page < PAGES_PER_SEARCH; page++) {
		const { records, next } = await listPage(fetch, visitorsList, {}, token);
		for (const v of records.filter((r) => contains([r.name, r.email, r.phone, r.id], filter))) {
			const who = text(v.name) || text(v.email) || text(v.id);
			results.push({ name: v.email && v.name ? `${who} <${text(v.email)}>` : who, value: text(v.id) });
		}
		token = next;
		if (!token || !filter?.trim() || results.length) break;
	}
	return { results, paginationToken: token };
}

/** Operators, filtered by name or email. */
export async function searchOperators(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const operators = await collectList(platformFetch(this, chaport), operatorsList, {}, { returnAll: true });
	return {
		results: operators
			.filter((o) => contains([o.name, o.email, o.id], filter))
			.map((o) => ({ name: `${text(o.name) || text(o.id)}${o.email ? ` <${text(o.email)}>` : ''}`, value: text(o.id) })),
	};
}

const chatName = (chat: IDataObject, latest: boolean) =>
	`Chat ${text(chat.id)}${latest ? ' (latest)' : ''}${chat.stage ? ` · ${text(chat.stage)}` : ''}${chat.createdAt ? ` · ${text(chat.createdAt).slice(0, 16).replace('T', ' ')}` : ''}`;

/**
 * The chats of the visitor chosen in the Visitor field, from one request: the latest chat, then the
 * older chat IDs Chaport lists in `links.more`.
 */
export async function searchChats(this: ILoadOptionsFunctions): Promise<INodeListSearchResult> {
	const visitorId = text(this.getCurrentNodeParameter('visitorId', { extractValue: true })).trim();
	if (!visitorId) return { results: [] };
	const body = await latestChat(platformFetch(this, chaport), visitorId);
	const latest = resultOf(body);
	if (!isDataObject(latest)) return { results: [] };
	return {
		results: [{ name: chatName(latest, true), value: text(latest.id) }, ...olderChatIds(body).map((id) => ({ name: `Chat ${id}`, value: id }))],
	};
}
