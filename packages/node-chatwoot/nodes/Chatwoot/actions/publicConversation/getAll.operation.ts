import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { contactIdentifierField, contactPath } from '../publicInbox/helpers';

export const getAll = defineOperation({
	resource: 'publicConversation',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many public conversations',
	description: "List the contact's conversations in the inbox (the server sends the whole list at once)",
	fields: [contactIdentifierField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: `${contactPath(p)}/conversations`, family: 'public' }), paging: paging.whole() },
});
