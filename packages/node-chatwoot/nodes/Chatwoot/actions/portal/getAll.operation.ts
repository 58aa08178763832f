import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { payloadOf, sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'portal',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many portals',
	description: 'List the Help Center portals of the account',
	fields: [...returnAllOrLimit()],
	request: () => ({ method: 'GET', path: '/portals' }),
	output: (body, p) => sliceList(payloadOf(body), p),
});
