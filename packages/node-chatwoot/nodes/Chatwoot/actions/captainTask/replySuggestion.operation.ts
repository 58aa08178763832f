import { defineOperation } from '@leadchat/core';
import { conversationField } from '../../descriptions';

export const replySuggestion = defineOperation({
	resource: 'captainTask',
	operation: 'replySuggestion',
	name: 'Suggest Reply',
	action: 'Suggest a reply to a conversation with Captain',
	description: 'A draft of the next reply, written by Captain for the user of the token',
	fields: [conversationField()],
	request: (p) => ({ method: 'POST', path: '/captain/tasks/reply_suggestion', body: { conversation_display_id: Number(p.conversationId) } }),
});
