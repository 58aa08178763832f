import { defineOperation, field } from '@leadchat/core';

export const deleteSuggestedDataKey = defineOperation({
	resource: 'conversationInsight',
	operation: 'deleteSuggestedDataKey',
	name: 'Delete Suggested Data Key',
	action: 'Delete a suggested conversation data key',
	description: 'Stop suggesting a custom data key (conversations keep their data)',
	fields: [field.string('key', 'Key', { required: true, placeholder: 'e.g. order_id' })],
	request: (p) => ({ method: 'DELETE', path: '/conversations/suggest/data', body: { key: p.key } }),
	output: (_body, p) => ({ success: true, key: p.key }),
});
