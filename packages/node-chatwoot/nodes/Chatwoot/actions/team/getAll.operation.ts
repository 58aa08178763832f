import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';

export const getAll = defineOperation({
	resource: 'team',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many teams',
	description: 'List the teams of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/teams' }), paging: paging.whole() },
});
