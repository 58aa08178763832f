import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { payloadOf, sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'label',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many labels',
	description: 'List the labels of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	request: () => ({ method: 'GET', path: '/labels' }),
	output: (body, p) => sliceList(payloadOf(body), p),
});
