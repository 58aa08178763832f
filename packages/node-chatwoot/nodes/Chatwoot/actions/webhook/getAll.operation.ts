import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { readWebhooks } from '../../helpers/lists';

export const getAll = defineOperation({
	resource: 'webhook',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many webhooks',
	description: 'List the webhooks of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	// The server wraps the list as {payload:{webhooks:[…]}} (the spec says a bare array).
	list: { request: () => ({ method: 'GET', path: '/webhooks' }), paging: paging.whole(), read: readWebhooks },
});
