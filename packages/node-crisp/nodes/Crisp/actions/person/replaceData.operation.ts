import { apiPath, defineOperation } from '@leadchat/core';
import { peopleField } from '../../descriptions';
import { written } from '../../helpers/output';
import { dataFields, dataOf } from './fields';

export const replaceData = defineOperation({
	resource: 'person',
	operation: 'replaceData',
	name: 'Replace Data',
	action: 'Replace the custom data of a person',
	description: 'Save the whole custom data (PUT): keys not given here are removed',
	fields: [peopleField(), ...dataFields()],
	check: (p, tools) => void dataOf(p, tools, true),
	execute: async (p, tools) => written(await tools.request({ method: 'PUT', path: apiPath`/people/data/${p.peopleId}`, body: { data: dataOf(p, tools, true) } })),
});
