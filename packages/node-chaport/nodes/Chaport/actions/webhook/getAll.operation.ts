import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { webhooksList } from '../../lists';

export const getAll = defineOperation({
	resource: 'webhook',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many webhooks',
	description: 'List the event subscriptions: {id, event, targetUrl, essential, createdAt} each',
	fields: [...returnAllOrLimit()],
	list: webhooksList,
});
