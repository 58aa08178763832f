import type { IDataObject } from 'n8n-workflow';
import { defineOperation, field, returnAllOrLimit, type OperationSpec } from '@leadchat/core';
import { collectPages } from '../../transport';

/** Results per page of the account search (SearchService pages every type by 15). */
export const SEARCH_PAGE_SIZE = 15;

export const searchTextField = () =>
	field.string('query', 'Search Text', { required: true, placeholder: 'e.g. refund', description: 'What to look for' });

/**
 * One search type (`GET /search/{type}?q=&page=`, answered as `{payload:{<type>:[…]}}`): every
 * page until a short one, or until Limit is reached.
 */
export function searchTypeOperation(type: 'contacts' | 'conversations' | 'messages' | 'articles', label: string, description: string): OperationSpec {
	return defineOperation<{ query: string; returnAll: boolean; limit?: number }>({
		resource: 'search',
		operation: type,
		name: label,
		action: `Search ${type}`,
		description,
		fields: [searchTextField(), ...returnAllOrLimit()],
		async execute(p, _tools, i) {
			const read = (body: any) => ({ items: ((body?.payload ?? {})[type] ?? []) as IDataObject[] });
			return collectPages.call(this, { method: 'GET', path: `/search/${type}`, qs: { q: p.query } }, i, SEARCH_PAGE_SIZE, read, p);
		},
	});
}
