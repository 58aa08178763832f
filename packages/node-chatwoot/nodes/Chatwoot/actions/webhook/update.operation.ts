import { apiPath, defineOperation, field } from '@leadchat/core';
import { requireAnyField, webhookField } from '../../descriptions';
import { checkUrl, subscriptionsField, webhookOf } from './shared';

export const update = defineOperation<{ webhookId: string; updateFields: { url?: string; name?: string; subscriptions?: string[] } }>({
	resource: 'webhook',
	operation: 'update',
	name: 'Update',
	action: 'Update a webhook',
	description: 'Change the URL, name or events of a webhook (the events given replace the current ones)',
	fields: [webhookField(), field.collection('updateFields', 'Update Fields', [field.string('url', 'URL'), field.string('name', 'Name'), subscriptionsField(false)])],
	check: (p, t) => {
		if (p.updateFields.subscriptions?.length === 0) delete p.updateFields.subscriptions;
		requireAnyField(p.updateFields, 'Update Fields', t.fail);
		checkUrl(p.updateFields.url, 'Update Fields → URL', t.fail);
	},
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/webhooks/${p.webhookId}`,
		body: { url: p.updateFields.url, name: p.updateFields.name, subscriptions: p.updateFields.subscriptions },
	}),
	output: webhookOf,
});
