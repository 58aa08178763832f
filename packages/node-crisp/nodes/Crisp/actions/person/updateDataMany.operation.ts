import { defineOperation } from '@leadchat/core';
import { written } from '../../helpers/output';
import { dataFields, dataOf, peopleSelection, peopleSelectionFields } from './fields';

export const updateDataMany = defineOperation({
	resource: 'person',
	operation: 'updateDataMany',
	name: 'Update Data of Many',
	action: 'Update the custom data of many people',
	description: 'Set custom data keys on the profiles given by ID, or on every profile a text search finds, in one request',
	fields: [...peopleSelectionFields(), ...dataFields()],
	check(p, tools) {
		peopleSelection(p, tools);
		dataOf(p, tools, true);
	},
	execute: async (p, tools) =>
		written(await tools.request({ method: 'PATCH', path: '/batch/data', body: { people: peopleSelection(p, tools), data: dataOf(p, tools, true) } })),
});
