import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { contactIdField } from '../../descriptions';
import { servedWhole } from '../../helpers/lists';

export const getMessages = defineOperation({
	resource: 'contact',
	operation: 'getMessages',
	name: 'Get Messages',
	action: 'Get messages of a contact',
	description: 'The messages exchanged with a lead',
	fields: [contactIdField, ...returnAllOrLimit(1000, 50)],
	list: { ...servedWhole, request: (p) => ({ method: 'GET', path: apiPath`/contacts/${p.contactId}/messages` }) },
});
