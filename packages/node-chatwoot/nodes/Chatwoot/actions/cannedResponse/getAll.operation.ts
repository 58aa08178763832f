import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';

export const getAll = defineOperation({
	resource: 'cannedResponse',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many canned responses',
	description: 'List the canned responses of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/canned_responses' }), paging: paging.whole() },
});
