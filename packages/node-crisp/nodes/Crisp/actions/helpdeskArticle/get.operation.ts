import { defineOperation } from '@leadchat/core';
import { entryFields, entryPath } from './fields';

export const get = defineOperation({
	resource: 'helpdeskArticle',
	operation: 'get',
	name: 'Get',
	action: 'Get a helpdesk article',
	description: 'An entry or group of the tree: its type, slug, title, state, and a group\'s children',
	fields: [...entryFields()],
	request: (p) => ({ method: 'GET', path: entryPath('path', p) }),
});
