import { apiPath, defineOperation, field } from '@leadchat/core';
import { localeField } from '../../descriptions';
import { contentTypeField } from '../helpdesk/fields';

export const getPageByEntity = defineOperation({
	resource: 'helpdeskArticle',
	operation: 'getPageByEntity',
	name: 'Get Page by Entity ID',
	action: 'Get a public helpdesk page by its entity ID',
	description: 'The title, path in the tree and URL of the page with this entity ID',
	fields: [localeField(), contentTypeField(), field.id('entityId', 'Entity ID', { placeholder: 'e.g. 9f1b3a52-8d7e-4f0e-9c1e-2a5b6c7d8e9f' })],
	request: (p) => ({ method: 'GET', path: apiPath`/helpdesk/page/entity/${p.locale}/${p.contentType}/${p.entityId}` }),
});
