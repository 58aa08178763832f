import { defineOperation } from '@leadchat/core';
import { contactIdentifierField, conversationPath, inboxIdentifierField, publicConversationIdField } from '../publicInbox/helpers';

export const get = defineOperation({
	resource: 'publicConversation',
	operation: 'get',
	name: 'Get',
	action: 'Get a public conversation',
	fields: [inboxIdentifierField(), contactIdentifierField(), publicConversationIdField()],
	request: (p) => ({ method: 'GET', path: conversationPath(p), family: 'public' }),
});
