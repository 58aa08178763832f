import { defineOperation } from '@leadchat/core';
import { conversationField } from '../../descriptions';

export const summarize = defineOperation({
	resource: 'captainTask',
	operation: 'summarize',
	name: 'Summarize',
	action: 'Summarize a conversation with Captain',
	description: 'A summary of the conversation written by Captain (needs Captain set up with an AI key)',
	fields: [conversationField()],
	request: (p) => ({ method: 'POST', path: '/captain/tasks/summarize', body: { conversation_display_id: Number(p.conversationId) } }),
});
