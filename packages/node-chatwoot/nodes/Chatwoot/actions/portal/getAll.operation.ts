import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';

export const getAll = defineOperation({
	resource: 'portal',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many portals',
	description: 'List the Help Center portals of the account',
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/portals' }), paging: paging.whole() },
});
