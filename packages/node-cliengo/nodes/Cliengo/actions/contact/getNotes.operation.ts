import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { contactIdField } from '../../descriptions';
import { servedWhole } from '../../helpers/lists';

export const getNotes = defineOperation({
	resource: 'contact',
	operation: 'getNotes',
	name: 'Get Notes',
	action: 'Get notes of a contact',
	description: 'The internal notes of a lead',
	fields: [contactIdField, ...returnAllOrLimit(1000, 50)],
	list: { ...servedWhole, request: (p) => ({ method: 'GET', path: apiPath`/contacts/${p.contactId}/notes` }) },
});
