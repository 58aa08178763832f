import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { contactField } from '../../descriptions';

export const getContactableInboxes = defineOperation({
	resource: 'contact',
	operation: 'getContactableInboxes',
	name: 'Get Contactable Inboxes',
	action: 'Get inboxes that can reach a contact',
	description: 'The inboxes through which a conversation with the contact can be started, with the source ID to use',
	fields: [contactField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/contacts/${p.contactId}/contactable_inboxes` }), paging: paging.whole() },
});
