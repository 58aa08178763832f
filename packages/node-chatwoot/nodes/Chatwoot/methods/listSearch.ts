import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';
import { chatwootRequest } from '../transport';

function filtered(items: INodeListSearchItems[], filter?: string): INodeListSearchResult {
	const f = filter?.trim().toLowerCase();
	return { results: f ? items.filter((i) => i.name.toLowerCase().includes(f) || String(i.value) === f) : items };
}

/** Contacts by name, email, phone or identifier (the server's search), or the newest ones. */
export async function searchContacts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const { body } = filter?.trim()
		? await chatwootRequest.call(this, { method: 'GET', path: '/contacts/search', qs: { q: filter.trim(), page } })
		: await chatwootRequest.call(this, { method: 'GET', path: '/contacts', qs: { page, sort: '-last_activity_at' } });
	const o = (body ?? {}) as IDataObject;
	const meta = (o.meta ?? {}) as IDataObject;
	const contacts = (o.payload ?? []) as IDataObject[];
	const more = meta.has_more !== undefined ? Boolean(meta.has_more) : page * 15 < Number(meta.count ?? 0);
	return {
		results: contacts.map((c) => ({ name: String(c.name || c.email || c.phone_number || `#${c.id}`), value: String(c.id), url: undefined })),
		paginationToken: more ? String(page + 1) : undefined,
	};
}

/** Conversations of every status, newest activity first; the filter matches the display id or the contact. */
export async function searchConversations(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const qs: IDataObject = { status: 'all', assignee_type: 'all', page };
	if (filter?.trim()) qs.q = filter.trim();
	const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/conversations', qs });
	const data = (((body ?? {}) as IDataObject).data ?? {}) as IDataObject;
	const list = (data.payload ?? []) as IDataObject[];
	return {
		results: list.map((c) => {
			const sender = ((c.meta as IDataObject | undefined)?.sender ?? {}) as IDataObject;
			return { name: `#${c.id} · ${String(sender.name ?? 'unknown contact')} (${String(c.status)})`, value: String(c.id) };
		}),
		paginationToken: list.length === 25 ? String(page + 1) : undefined,
	};
}

export async function searchInboxes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/inboxes' });
	const inboxes = (((body ?? {}) as IDataObject).payload ?? []) as IDataObject[];
	return filtered(inboxes.map((i) => ({ name: String(i.name), value: String(i.id) })), filter);
}

export async function searchAgents(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/agents' });
	return filtered(((body ?? []) as IDataObject[]).map((a) => ({ name: `${String(a.available_name ?? a.name)} <${String(a.email)}>`, value: String(a.id) })), filter);
}

export async function searchTeams(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const { body } = await chatwootRequest.call(this, { method: 'GET', path: '/teams' });
	return filtered(((body ?? []) as IDataObject[]).map((t) => ({ name: String(t.name), value: String(t.id) })), filter);
}
