import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { pageInPath } from '../../lists';
import { CONTENT_TYPES, normalizeTreePath } from '../helpdesk/fields';

export const getAll = defineOperation({
	resource: 'helpdeskHistory',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many helpdesk changes',
	description: 'The history of changes to the helpdesk content, newest first: message, author, edits and files',
	fields: [
		...returnAllOrLimit(),
		field.collection('filters', 'Filters', [
			field.options('locale', 'Locale', [], {
				loadOptionsMethod: 'getHelpdeskLocales',
				description: 'Choose from the list, or specify a locale code such as en using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			}),
			field.options('contentType', 'Content Type', CONTENT_TYPES),
			field.string('treePath', 'Path', { placeholder: 'e.g. getting-started/install', description: 'Only the changes to this entry or group' }),
		]),
	],
	list: {
		...pageInPath,
		request: (p) => ({
			method: 'GET',
			path: '/helpdesk/history/changes',
			qs: { filter_locale: p.filters.locale, filter_type: p.filters.contentType, filter_tree_path: p.filters.treePath === undefined ? undefined : normalizeTreePath(p.filters.treePath) },
		}),
		key: 'change_id',
	},
});
