import { apiPath, defineOperation } from '@leadchat/core';
import { contactField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { noteContentField, noteIdField } from './helpers';

export const update = defineOperation({
	resource: 'contactNote',
	operation: 'update',
	name: 'Update',
	action: 'Update a note of a contact',
	fields: [contactField(), noteIdField(), noteContentField()],
	request: (p) => ({ method: 'PATCH', path: apiPath`/contacts/${p.contactId}/notes/${p.noteId}`, body: { content: p.content } }),
	output: payloadOf,
});
