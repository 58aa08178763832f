import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { contactIdField } from '../../descriptions';
import { servedWhole } from '../../helpers/lists';

export const getHistory = defineOperation({
	resource: 'contact',
	operation: 'getHistory',
	name: 'Get History',
	action: 'Get the history of a contact',
	description: 'Status changes, assignments, notes and tags of a lead, oldest first',
	fields: [contactIdField, ...returnAllOrLimit(1000, 50)],
	list: { ...servedWhole, request: (p) => ({ method: 'GET', path: apiPath`/contacts/${p.contactId}/history` }) },
});
