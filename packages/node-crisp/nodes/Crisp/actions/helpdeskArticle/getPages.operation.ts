import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { localeField } from '../../descriptions';
import { pageInPath } from '../../lists';
import { contentTypeField } from '../helpdesk/fields';

export const getPages = defineOperation({
	resource: 'helpdeskArticle',
	operation: 'getPages',
	name: 'Get Many Pages',
	action: 'Get many public helpdesk pages',
	description: 'The pages readers can see in a locale and content type: entity ID, title, path in the tree and URL',
	fields: [localeField(), contentTypeField(), ...returnAllOrLimit()],
	list: { ...pageInPath, request: (p) => ({ method: 'GET', path: apiPath`/helpdesk/page/list/${p.locale}/${p.contentType}` }), key: 'entity_id' },
});
