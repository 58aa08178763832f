import { apiPath, defineOperation, field } from '@leadchat/core';
import { webhookField } from '../../descriptions';
import { checkUrl, subscriptionsField, webhookOf } from './helpers';

export const update = defineOperation({
	resource: 'webhook',
	operation: 'update',
	name: 'Update',
	action: 'Update a webhook',
	description: 'Change the URL, name or events of a webhook (the events given replace the current ones)',
	fields: [
		webhookField(),
		// No events selected counts as no change (the current ones stay).
		field.collection('updateFields', 'Update Fields', [field.string('url', 'URL'), field.string('name', 'Name'), subscriptionsField(false)], {
			requireOne: 'needs at least one field to change',
		}),
	],
	check: (p, t) => checkUrl(p.updateFields.url, 'Update Fields → URL', t.fail),
	request: ({ webhookId, updateFields: u }) => ({
		method: 'PATCH',
		path: apiPath`/webhooks/${webhookId}`,
		body: { url: u.url, name: u.name, subscriptions: u.subscriptions?.length ? u.subscriptions : undefined },
	}),
	output: webhookOf,
});
