import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { payloadOf, sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'macro',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many macros',
	description: 'List the macros you can run: yours and the global ones (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	request: () => ({ method: 'GET', path: '/macros' }),
	output: (body, p) => sliceList(payloadOf(body), p),
});
