import { defineOperation } from '@leadchat/core';
import { contactIdentifierField, conversationPath, publicConversationIdField } from '../publicInbox/helpers';

export const get = defineOperation({
	resource: 'publicConversation',
	operation: 'get',
	name: 'Get',
	action: 'Get a public conversation',
	fields: [contactIdentifierField(), publicConversationIdField()],
	request: (p) => ({ method: 'GET', path: conversationPath(p), family: 'public' }),
});
