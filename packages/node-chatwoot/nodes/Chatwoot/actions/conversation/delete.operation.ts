import { apiPath, defineOperation } from '@leadchat/core';
import { conversationField } from '../../descriptions';

export const deleteConversation = defineOperation({
	resource: 'conversation',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a conversation',
	description: 'Delete a conversation and its messages (administrators only)',
	fields: [conversationField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/conversations/${p.conversationId}` }),
	output: (_body, p) => ({ success: true, id: Number(p.conversationId) }),
});
