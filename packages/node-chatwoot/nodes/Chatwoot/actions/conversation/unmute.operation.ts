import { apiPath, defineOperation } from '@leadchat/core';
import { answerOrDone, conversationField } from '../../descriptions';

export const unmute = defineOperation({
	resource: 'conversation',
	operation: 'unmute',
	name: 'Unmute',
	action: 'Unmute a conversation',
	description: 'New messages of the contact reopen the conversation again',
	fields: [conversationField()],
	request: (p) => ({ method: 'POST', path: apiPath`/conversations/${p.conversationId}/unmute` }),
	output: (body, p) => answerOrDone(body, p.conversationId),
});
