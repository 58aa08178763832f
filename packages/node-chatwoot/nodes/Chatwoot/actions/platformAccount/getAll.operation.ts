import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';

export const getAll = defineOperation({
	resource: 'platformAccount',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many accounts',
	description: 'The accounts the Platform App created or was granted (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/accounts' }), paging: paging.whole() },
});
