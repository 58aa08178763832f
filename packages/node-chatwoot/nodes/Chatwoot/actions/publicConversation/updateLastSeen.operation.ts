import { defineOperation } from '@leadchat/core';
import { contactIdentifierField, conversationPath, publicConversationIdField } from '../publicInbox/helpers';

export const updateLastSeen = defineOperation({
	resource: 'publicConversation',
	operation: 'updateLastSeen',
	name: 'Mark as Seen',
	action: 'Mark a public conversation as seen',
	description: "Set the contact's last-seen time of the conversation to now (agents see the messages as read)",
	fields: [contactIdentifierField(), publicConversationIdField()],
	request: (p) => ({ method: 'POST', path: `${conversationPath(p)}/update_last_seen`, family: 'public' }),
	output: () => ({ success: true }),
});
