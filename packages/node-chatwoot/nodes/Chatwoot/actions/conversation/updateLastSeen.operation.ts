import { apiPath, defineOperation } from '@leadchat/core';
import { answerOrDone, conversationField } from '../../descriptions';

export const updateLastSeen = defineOperation({
	resource: 'conversation',
	operation: 'updateLastSeen',
	name: 'Mark as Read',
	action: 'Mark a conversation as read',
	description: 'Set the last-seen time of the agent to now',
	fields: [conversationField()],
	request: (p) => ({ method: 'POST', path: apiPath`/conversations/${p.conversationId}/update_last_seen` }),
	output: (body, p) => answerOrDone(body, p.conversationId),
});
