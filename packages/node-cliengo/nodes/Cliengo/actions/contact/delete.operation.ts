import { apiPath, defineOperation } from '@leadchat/core';
import { contactIdField } from '../../descriptions';
import { resultOr } from '../../helpers/results';

export const deleteContact = defineOperation({
	resource: 'contact',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a contact',
	description: 'Delete a lead',
	fields: [contactIdField],
	request: (p) => ({ method: 'DELETE', path: apiPath`/contacts/${p.contactId}` }),
	output: (body, p) => resultOr(body, { deleted: true, id: p.contactId }),
});
