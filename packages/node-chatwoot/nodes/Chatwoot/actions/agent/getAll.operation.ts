import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';

export const getAll = defineOperation({
	resource: 'agent',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many agents',
	description: 'List the agents of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/agents' }), paging: paging.whole() },
});
