import { defineOperation } from '@leadchat/core';
import { entryDone, entryFields, entryPath } from './fields';
import { EMPTY_BODY } from '../conversation/fields';

export const create = defineOperation({
	resource: 'helpdeskArticle',
	operation: 'create',
	name: 'Create',
	action: 'Create a helpdesk article',
	description: 'Create an empty entry at a path (Crisp creates the groups on the way); then save its content and metadata',
	fields: [...entryFields()],
	request: (p) => ({ method: 'POST', path: entryPath('path', p), ...EMPTY_BODY }),
	output: (_body, p) => entryDone(p),
});
