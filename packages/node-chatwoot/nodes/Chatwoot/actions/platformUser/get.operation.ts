import { apiPath, defineOperation } from '@leadchat/core';
import { platformUserIdField } from '../platformAccount/helpers';

export const get = defineOperation({
	resource: 'platformUser',
	operation: 'get',
	name: 'Get',
	action: 'Get a user',
	fields: [platformUserIdField()],
	request: (p) => ({ method: 'GET', path: apiPath`/users/${p.userId}` }),
});
