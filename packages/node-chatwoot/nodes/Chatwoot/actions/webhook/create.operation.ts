import { defineOperation, field } from '@leadchat/core';
import { inboxOptionField } from '../../descriptions';
import { checkUrl, subscriptionsField, webhookOf } from './helpers';

export const create = defineOperation({
	resource: 'webhook',
	operation: 'create',
	name: 'Create',
	action: 'Create a webhook',
	description: 'Subscribe a URL to account events; the answer carries the secret that signs the deliveries',
	fields: [
		field.string('url', 'URL', { required: true, placeholder: 'https://example.com/chatwoot' }),
		subscriptionsField(true),
		field.collection('additionalFields', 'Additional Fields', [field.string('name', 'Name'), inboxOptionField('inboxId', 'Only for Inbox Name or ID')]),
	],
	check: (p, t) => {
		checkUrl(p.url, 'URL', t.fail);
		const inbox = p.additionalFields.inboxId;
		if (inbox !== undefined && !/^\d+$/.test(inbox)) t.fail('Additional Fields → Only for Inbox Name or ID', 'must be a numeric ID');
	},
	request: (p) => ({
		method: 'POST',
		path: '/webhooks',
		body: {
			url: p.url,
			subscriptions: p.subscriptions,
			name: p.additionalFields.name,
			inbox_id: p.additionalFields.inboxId === undefined ? undefined : Number(p.additionalFields.inboxId),
		},
	}),
	output: webhookOf,
});
