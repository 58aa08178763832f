import { defineOperation, field } from '@leadchat/core';

export const deleteDataKey = defineOperation({
	resource: 'conversationSuggestion',
	operation: 'deleteDataKey',
	name: 'Delete Data Key',
	action: 'Remove a suggested conversation data key',
	description: 'Stop suggesting a conversation data key (the conversations keep it)',
	fields: [field.string('key', 'Data Key', { required: true })],
	request: (p) => ({ method: 'DELETE', path: '/conversations/suggest/data', body: { key: p.key } }),
	output: (_body, p) => ({ success: true, key: p.key }),
});
