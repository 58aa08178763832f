import { apiPath, defineOperation } from '@leadchat/core';
import { userIdField } from '../../descriptions';

export const get = defineOperation({
	resource: 'user',
	operation: 'get',
	name: 'Get',
	action: 'Get a user',
	description: 'Get one user by its ID',
	fields: [userIdField],
	request: (p) => ({ method: 'GET', path: apiPath`/users/${p.userId}` }),
});
