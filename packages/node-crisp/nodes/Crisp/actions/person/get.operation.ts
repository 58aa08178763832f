import { apiPath, defineOperation } from '@leadchat/core';
import { peopleField } from '../../descriptions';

export const get = defineOperation({
	resource: 'person',
	operation: 'get',
	name: 'Get',
	action: 'Get a person',
	description: 'Get a people profile by its ID or its email address',
	fields: [peopleField()],
	request: (p) => ({ method: 'GET', path: apiPath`/people/profile/${p.peopleId}` }),
});
