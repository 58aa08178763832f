import { defineOperation, field } from '@leadchat/core';
import { written } from '../../helpers/output';

export const deleteSuggestedSegment = defineOperation({
	resource: 'person',
	operation: 'deleteSuggestedSegment',
	name: 'Delete Suggested Segment',
	action: 'Delete a suggested segment of people',
	description: 'Stop suggesting a segment in the Crisp app (profiles keep it)',
	fields: [field.string('segment', 'Segment', { required: true, placeholder: 'e.g. lead' })],
	request: (p) => ({ method: 'DELETE', path: '/people/suggest/segment', body: { segment: p.segment } }),
	output: written,
});
