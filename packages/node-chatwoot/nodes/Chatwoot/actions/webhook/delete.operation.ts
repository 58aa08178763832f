import { apiPath, defineOperation } from '@leadchat/core';
import { webhookField } from '../../descriptions';

export const deleteWebhook = defineOperation({
	resource: 'webhook',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a webhook',
	fields: [webhookField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/webhooks/${p.webhookId}` }),
});
