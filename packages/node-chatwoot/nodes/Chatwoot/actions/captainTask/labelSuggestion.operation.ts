import { defineOperation } from '@leadchat/core';
import { conversationField } from '../../descriptions';

export const labelSuggestion = defineOperation({
	resource: 'captainTask',
	operation: 'labelSuggestion',
	name: 'Suggest Labels',
	action: 'Suggest labels for a conversation with Captain',
	description: "Labels of the account that fit the conversation, as Captain's text (comma-separated)",
	fields: [conversationField()],
	request: (p) => ({ method: 'POST', path: '/captain/tasks/label_suggestion', body: { conversation_display_id: Number(p.conversationId) } }),
});
