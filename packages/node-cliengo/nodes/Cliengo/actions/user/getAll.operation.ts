import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { userList } from '../../helpers/lists';

export const getAll = defineOperation({
	resource: 'user',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many users',
	description: 'List the users (operators) of the account',
	fields: [...returnAllOrLimit(1050, 50)],
	list: userList,
});
