import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';

export const getAll = defineOperation({
	resource: 'macro',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many macros',
	description: 'List the macros you can run: yours and the global ones (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/macros' }), paging: paging.whole() },
});
