import { apiPath, defineOperation } from '@leadchat/core';
import { contactField } from '../../descriptions';
import { noteIdField } from './helpers';

export const deleteNote = defineOperation({
	resource: 'contactNote',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a note of a contact',
	fields: [contactField(), noteIdField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/contacts/${p.contactId}/notes/${p.noteId}` }),
	output: (_body, p) => ({ success: true, id: Number(p.noteId) }),
});
