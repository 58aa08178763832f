import { apiPath, defineOperation } from '@leadchat/core';
import { webhookField } from '../../descriptions';
import { done } from '../../helpers/output';

export const del = defineOperation({
	resource: 'webhook',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a webhook',
	fields: [webhookField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/events/subscriptions/${p.webhookId}` }),
	output: done,
});
