import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { payloadOf, sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'inbox',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many inboxes',
	description: 'List the inboxes of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	request: () => ({ method: 'GET', path: '/inboxes' }),
	output: (body, p) => sliceList(payloadOf(body), p),
});
