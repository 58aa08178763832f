import { defineOperation, field } from '@leadchat/core';
import { entryDone, entryFields, entryPath } from './fields';

export const saveContent = defineOperation({
	resource: 'helpdeskArticle',
	operation: 'saveContent',
	name: 'Save Content',
	action: 'Save the content of a helpdesk article',
	description: 'Replace the body of an entry',
	fields: [...entryFields(), field.string('content', 'Content', { required: true, rows: 10, description: 'The whole body of the entry, in its format (Markdown unless its metadata says otherwise)' })],
	request: (p) => ({ method: 'PUT', path: entryPath('content', p), body: { content: p.content } }),
	output: (_body, p) => entryDone(p),
});
