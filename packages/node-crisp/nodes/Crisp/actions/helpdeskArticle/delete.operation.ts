import { defineOperation } from '@leadchat/core';
import { entryDone, entryFields, entryPath } from './fields';

export const deleteEntry = defineOperation({
	resource: 'helpdeskArticle',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a helpdesk article',
	description: 'Delete an entry, or a group with everything under it',
	fields: [...entryFields()],
	request: (p) => ({ method: 'DELETE', path: entryPath('path', p) }),
	output: (_body, p) => entryDone(p),
});
