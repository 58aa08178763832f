import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'team',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many teams',
	description: 'List the teams of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	request: () => ({ method: 'GET', path: '/teams' }),
	output: sliceList,
});
