import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'webhook',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many webhooks',
	description: 'List the webhooks of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	request: () => ({ method: 'GET', path: '/webhooks' }),
	// The server wraps the list as {payload:{webhooks:[…]}} (the spec says a bare array).
	output: (body, p) => sliceList(Array.isArray(body) ? body : body?.payload?.webhooks, p),
});
