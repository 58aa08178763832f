import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';

export const getAll = defineOperation({
	resource: 'label',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many labels',
	description: 'List the labels of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/labels' }), paging: paging.whole() },
});
