import { defineOperation, field } from '@leadchat/core';
import { inboxOptionField } from '../../descriptions';
import { settingsField, statusField, statusNumber } from './helpers';

export const create = defineOperation({
	resource: 'integrationHook',
	operation: 'create',
	name: 'Create',
	action: 'Create an integration hook',
	description: 'Connect an integration app to the account, or to one inbox',
	fields: [
		field.options('appId', 'App Name or ID', [], {
			loadOptionsMethod: 'getIntegrationApps',
			required: true,
			description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		}),
		settingsField(false),
		field.collection('additionalFields', 'Additional Fields', [inboxOptionField('inboxId', 'Inbox Name or ID'), statusField()]),
	],
	check: (p, t) => {
		const inbox = p.additionalFields.inboxId;
		if (inbox !== undefined && !/^\d+$/.test(inbox)) t.fail('Additional Fields → Inbox Name or ID', 'must be a numeric ID');
	},
	request: (p) => ({
		method: 'POST',
		path: '/integrations/hooks',
		body: {
			app_id: p.appId,
			inbox_id: p.additionalFields.inboxId === undefined ? undefined : Number(p.additionalFields.inboxId),
			status: statusNumber(p.additionalFields.status),
			settings: p.settings,
		},
	}),
});
