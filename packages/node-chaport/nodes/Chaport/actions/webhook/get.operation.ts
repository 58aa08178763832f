import { apiPath, defineOperation } from '@leadchat/core';
import { webhookField } from '../../descriptions';

export const get = defineOperation({
	resource: 'webhook',
	operation: 'get',
	name: 'Get',
	action: 'Get a webhook',
	fields: [webhookField()],
	request: (p) => ({ method: 'GET', path: apiPath`/events/subscriptions/${p.webhookId}` }),
});
