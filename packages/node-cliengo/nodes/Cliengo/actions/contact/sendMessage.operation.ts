import { apiPath, defineOperation, field } from '@leadchat/core';
import { contactIdField } from '../../descriptions';
import { resultOr } from '../../helpers/results';

export const sendMessage = defineOperation({
	resource: 'contact',
	operation: 'sendMessage',
	name: 'Send Message',
	action: 'Send a message to a contact',
	description: 'Send a message to a lead (POST /contacts/{id}/messages)',
	fields: [contactIdField, field.string('message', 'Message', { required: true, rows: 3 })],
	request: (p) => ({ method: 'POST', path: apiPath`/contacts/${p.contactId}/messages`, body: { message: p.message } }),
	output: (body, p) => resultOr(body, { success: true, id: p.contactId, message: p.message }),
});
