import { apiPath, defineOperation } from '@leadchat/core';
import { peopleField } from '../../descriptions';
import { written } from '../../helpers/output';
import { dataFields, dataOf } from './fields';

export const updateData = defineOperation({
	resource: 'person',
	operation: 'updateData',
	name: 'Update Data',
	action: 'Update the custom data of a person',
	description: 'Set the keys given and keep the others (PATCH)',
	fields: [peopleField(), ...dataFields()],
	check: (p, tools) => void dataOf(p, tools, true),
	execute: async (p, tools) => written(await tools.request({ method: 'PATCH', path: apiPath`/people/data/${p.peopleId}`, body: { data: dataOf(p, tools, true) } })),
});
