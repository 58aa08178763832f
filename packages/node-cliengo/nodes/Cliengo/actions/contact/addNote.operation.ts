import { apiPath, defineOperation, field } from '@leadchat/core';
import { contactIdField } from '../../descriptions';
import { resultOr } from '../../helpers/results';

export const addNote = defineOperation({
	resource: 'contact',
	operation: 'addNote',
	name: 'Add Note',
	action: 'Add a note to a contact',
	description: 'Write an internal note on a lead',
	fields: [contactIdField, field.string('message', 'Note', { required: true, rows: 3 })],
	request: (p) => ({ method: 'POST', path: apiPath`/contacts/${p.contactId}/notes`, body: { message: p.message } }),
	output: (body, p) => resultOr(body, { success: true, id: p.contactId, message: p.message }),
});
