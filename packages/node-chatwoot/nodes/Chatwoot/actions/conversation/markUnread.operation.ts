import { apiPath, defineOperation } from '@leadchat/core';
import { answerOrDone, conversationField } from '../../descriptions';

export const markUnread = defineOperation({
	resource: 'conversation',
	operation: 'markUnread',
	name: 'Mark as Unread',
	action: 'Mark a conversation as unread',
	description: 'Show the conversation as unread again (moves the last-seen time before the last incoming message)',
	fields: [conversationField()],
	request: (p) => ({ method: 'POST', path: apiPath`/conversations/${p.conversationId}/unread` }),
	output: (body, p) => answerOrDone(body, p.conversationId),
});
