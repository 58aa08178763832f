import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { contactField } from '../../descriptions';

export const getConversations = defineOperation({
	resource: 'contact',
	operation: 'getConversations',
	name: 'Get Conversations',
	action: 'Get conversations of a contact',
	description: 'Every conversation of the contact, in any inbox and status',
	fields: [contactField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/contacts/${p.contactId}/conversations` }), paging: paging.whole() },
});
