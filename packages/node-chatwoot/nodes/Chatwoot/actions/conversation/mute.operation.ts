import { apiPath, defineOperation } from '@leadchat/core';
import { answerOrDone, conversationField } from '../../descriptions';

export const mute = defineOperation({
	resource: 'conversation',
	operation: 'mute',
	name: 'Mute',
	action: 'Mute a conversation',
	description: 'Resolve the conversation and keep new messages of the contact from reopening it',
	fields: [conversationField()],
	request: (p) => ({ method: 'POST', path: apiPath`/conversations/${p.conversationId}/mute` }),
	output: (body, p) => answerOrDone(body, p.conversationId),
});
