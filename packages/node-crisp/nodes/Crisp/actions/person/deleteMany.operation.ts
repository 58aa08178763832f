import { defineOperation } from '@leadchat/core';
import { written } from '../../helpers/output';
import { peopleSelection, peopleSelectionFields } from './fields';

export const deleteMany = defineOperation({
	resource: 'person',
	operation: 'deleteMany',
	name: 'Delete Many',
	action: 'Delete many people',
	description: 'Remove the profiles given by ID, or every profile a text search finds, in one request',
	fields: [...peopleSelectionFields()],
	check: (p, tools) => void peopleSelection(p, tools),
	execute: async (p, tools) => written(await tools.request({ method: 'PATCH', path: '/batch/remove', body: { people: peopleSelection(p, tools) } })),
});
