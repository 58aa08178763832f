import { apiPath, defineOperation } from '@leadchat/core';
import { contactField } from '../../descriptions';

export const deleteContact = defineOperation({
	resource: 'contact',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a contact',
	description: 'Delete a contact with its conversations (refused while the contact is online)',
	fields: [contactField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/contacts/${p.contactId}` }),
	output: (_body, p) => ({ success: true, id: Number(p.contactId) }),
});
