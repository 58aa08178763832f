import { defineOperation, field } from '@leadchat/core';

export const deleteSegment = defineOperation({
	resource: 'conversationSuggestion',
	operation: 'deleteSegment',
	name: 'Delete Segment',
	action: 'Remove a suggested conversation segment',
	description: 'Stop suggesting a conversation segment (the conversations keep it)',
	fields: [field.string('segment', 'Segment', { required: true })],
	request: (p) => ({ method: 'DELETE', path: '/conversations/suggest/segment', body: { segment: p.segment } }),
	output: (_body, p) => ({ success: true, segment: p.segment }),
});
