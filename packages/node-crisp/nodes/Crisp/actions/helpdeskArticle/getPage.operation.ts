import { defineOperation } from '@leadchat/core';
import { entryFields, entryPath } from './fields';

export const getPage = defineOperation({
	resource: 'helpdeskArticle',
	operation: 'getPage',
	name: 'Get Page',
	action: 'Get the public page of a helpdesk article',
	description: 'The title and public URL of an entry',
	fields: [...entryFields()],
	request: (p) => ({ method: 'GET', path: entryPath('page', p) }),
});
