import { apiPath, defineOperation } from '@leadchat/core';
import { peopleField } from '../../descriptions';

export const getData = defineOperation({
	resource: 'person',
	operation: 'getData',
	name: 'Get Data',
	action: 'Get the custom data of a person',
	description: 'Output { data: { key: value } }',
	fields: [peopleField()],
	request: (p) => ({ method: 'GET', path: apiPath`/people/data/${p.peopleId}` }),
});
