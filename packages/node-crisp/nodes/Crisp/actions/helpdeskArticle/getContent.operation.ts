import { defineOperation } from '@leadchat/core';
import { entryFields, entryPath } from './fields';

export const getContent = defineOperation({
	resource: 'helpdeskArticle',
	operation: 'getContent',
	name: 'Get Content',
	action: 'Get the content of a helpdesk article',
	description: 'The body of an entry (Markdown)',
	fields: [...entryFields()],
	request: (p) => ({ method: 'GET', path: entryPath('content', p) }),
});
