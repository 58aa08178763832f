import { defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { PAGE_SIZE, readSearchPage } from '../../helpers/lists';

export const searchTextField = () => field.string('query', 'Search Text', { required: true, placeholder: 'e.g. refund', description: 'What to look for' });

/**
 * One search type (`GET /search/{type}?q=&page=`, answered as `{payload:{<type>:[…]}}`): every
 * page until a short one, or until Limit is reached.
 */
export function searchTypeOperation(type: 'contacts' | 'conversations' | 'messages' | 'articles', label: string, description: string) {
	return defineOperation({
		resource: 'search',
		operation: type,
		name: label,
		action: `Search ${type}`,
		description,
		fields: [searchTextField(), ...returnAllOrLimit()],
		list: { request: (p) => ({ method: 'GET', path: `/search/${type}`, qs: { q: p.query } }), paging: paging.pageNumber(PAGE_SIZE.search), read: readSearchPage(type) },
	});
}
