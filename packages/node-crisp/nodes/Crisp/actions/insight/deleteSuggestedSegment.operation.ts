import { defineOperation, field } from '@leadchat/core';

export const deleteSuggestedSegment = defineOperation({
	resource: 'conversationInsight',
	operation: 'deleteSuggestedSegment',
	name: 'Delete Suggested Segment',
	action: 'Delete a suggested conversation segment',
	description: 'Stop suggesting a segment (conversations keep it)',
	fields: [field.string('segment', 'Segment', { required: true, placeholder: 'e.g. lead' })],
	request: (p) => ({ method: 'DELETE', path: '/conversations/suggest/segment', body: { segment: p.segment } }),
	output: (_body, p) => ({ success: true, segment: p.segment }),
});
