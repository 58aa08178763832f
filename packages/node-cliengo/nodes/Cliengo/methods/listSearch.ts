import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { cliengoRequest, listItems } from '../transport';

/** Newest leads first, filtered by the text typed in the list. */
export async function searchContacts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const offset = paginationToken ? Number(paginationToken) : 0;
	const limit = 50;
	const { body } = await cliengoRequest.call(this, { method: 'GET', path: '/contacts', qs: { limit, offset, ...(filter ? { query: filter } : {}) } });
	const { items, total } = listItems(body);
	const next = offset + items.length;
	return {
		results: items.map((c: IDataObject) => ({
			name: [c.name, c.lastName].filter(Boolean).join(' ') || String(c.email ?? c.phone ?? c.id),
			value: String(c.id),
			description: [c.email, c.phone, c.websiteName].filter(Boolean).join(' · '),
		})),
		paginationToken: items.length === limit && (total === undefined || next < total) && next <= 1000 ? String(next) : undefined,
	};
}
