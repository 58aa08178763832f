import { apiPath, defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { localeField } from '../../descriptions';
import { pageInPath } from '../../lists';
import { contentTypeField, dateRangeFields, dateRangeQuery, normalizeTreePath } from '../helpdesk/fields';

export const getAll = defineOperation({
	resource: 'helpdeskArticle',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many helpdesk articles and categories',
	description: 'List the entries (articles) and groups (categories, with their children) at the top of the tree, under a path, or by title',
	fields: [
		localeField(),
		contentTypeField(),
		...returnAllOrLimit(),
		field.collection('filters', 'Filters', [
			field.string('subPath', 'Under Path', { placeholder: 'e.g. getting-started', description: 'List what is directly under this group instead of the top of the tree' }),
			field.string('searchTitle', 'Title Contains', { description: 'Search the whole tree by title' }),
			...dateRangeFields(),
		]),
	],
	list: {
		...pageInPath,
		request: (p) => ({
			method: 'GET',
			path: apiPath`/helpdesk/tree/list/${p.locale}/${p.contentType}`,
			qs: { sub_path: p.filters.subPath === undefined ? undefined : normalizeTreePath(p.filters.subPath), search_title: p.filters.searchTitle, ...dateRangeQuery(p.filters) },
		}),
		key: false,
	},
});
