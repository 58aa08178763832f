import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'cannedResponse',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many canned responses',
	description: 'List the canned responses of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	request: () => ({ method: 'GET', path: '/canned_responses' }),
	output: sliceList,
});
