import { defineOperation, field } from '@leadchat/core';
import { written } from '../../helpers/output';
import { peopleSelection, peopleSelectionFields } from './fields';

export const updateSegmentsMany = defineOperation({
	resource: 'person',
	operation: 'updateSegmentsMany',
	name: 'Update Segments of Many',
	action: 'Update the segments of many people',
	description: 'Set the segments of the profiles given by ID, or of every profile a text search finds, in one request',
	fields: [...peopleSelectionFields(), field.stringList('segments', 'Segments', { required: true, placeholder: 'e.g. lead, vip', description: 'The segments to set on each profile' })],
	check: (p, tools) => void peopleSelection(p, tools),
	execute: async (p, tools) => written(await tools.request({ method: 'PATCH', path: '/batch/segments', body: { people: peopleSelection(p, tools), segments: p.segments } })),
});
