import { defineOperation } from '@leadchat/core';
import { contactIdentifierField, conversationPath, publicConversationIdField } from '../publicInbox/helpers';

export const resolve = defineOperation({
	resource: 'publicConversation',
	operation: 'resolve',
	name: 'Resolve',
	action: 'Resolve a public conversation',
	description: 'Mark the conversation as resolved, as the contact',
	fields: [contactIdentifierField(), publicConversationIdField()],
	request: (p) => ({ method: 'POST', path: `${conversationPath(p)}/toggle_status`, family: 'public' }),
});
