import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { getAll as contactList } from '../actions/contact/getAll.operation';
import { search as contactSearch } from '../actions/contact/search.operation';
import { getAll as conversationList } from '../actions/conversation/getAll.operation';
import { declaredList } from '../helpers/lists';
import { filtered, searchPage, wholeList } from './lists';

/** Contacts by name, email, phone or identifier (the server's search), or the newest ones. */
export async function searchContacts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const item = (c: IDataObject) => ({ name: String(c.name || c.email || c.phone_number || `#${c.id}`), value: String(c.id), url: undefined });
	const query = filter?.trim();
	const all = { returnAll: false, limit: undefined };
	return query
		? searchPage(this, declaredList(contactSearch), { ...all, query, options: {} }, paginationToken, item)
		: searchPage(this, declaredList(contactList), { ...all, options: { sort: 'last_activity_at', direction: 'desc' } }, paginationToken, item);
}

/** Conversations of every status, newest activity first; the filter is the server's conversation search text. */
export async function searchConversations(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const params = { status: 'all', assigneeType: 'all', returnAll: false, limit: undefined, filters: { query: filter?.trim() || undefined } };
	return searchPage(this, declaredList(conversationList), params, paginationToken, (c) => {
		const sender = ((c.meta as IDataObject | undefined)?.sender ?? {}) as IDataObject;
		return { name: `#${c.id} · ${String(sender.name ?? 'unknown contact')} (${String(c.status)})`, value: String(c.id) };
	});
}

export async function searchInboxes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const inboxes = await wholeList(this, '/inboxes');
	return filtered(inboxes.map((i) => ({ name: String(i.name), value: String(i.id) })), filter);
}

export async function searchAgents(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const agents = await wholeList(this, '/agents');
	return filtered(agents.map((a) => ({ name: `${String(a.available_name ?? a.name)} <${String(a.email)}>`, value: String(a.id) })), filter);
}

export async function searchTeams(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const teams = await wholeList(this, '/teams');
	return filtered(teams.map((t) => ({ name: String(t.name), value: String(t.id) })), filter);
}
