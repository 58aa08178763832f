import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';

export const getAll = defineOperation({
	resource: 'inbox',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many inboxes',
	description: 'List the inboxes of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/inboxes' }), paging: paging.whole() },
});
