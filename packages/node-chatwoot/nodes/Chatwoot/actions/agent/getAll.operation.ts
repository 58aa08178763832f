import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'agent',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many agents',
	description: 'List the agents of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	request: () => ({ method: 'GET', path: '/agents' }),
	output: sliceList,
});
