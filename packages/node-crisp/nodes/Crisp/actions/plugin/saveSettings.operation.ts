import { defineOperation, field } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { written } from '../../helpers/output';
import { pluginIdField, subscriptionPath } from './fields';

export const saveSettings = defineOperation({
	resource: 'plugin',
	operation: 'saveSettings',
	name: 'Replace Settings',
	action: 'Replace the settings of a plugin on a website',
	description: 'Save the whole settings object (PUT): keys not given are removed',
	fields: [websiteField(), pluginIdField(), field.json('settings', 'Settings (JSON)', { required: true, description: 'The settings object, e.g. {"api_key_label": "Main", "sync": true}' })],
	async execute(p, tools, itemIndex) {
		return written(await tools.request({ method: 'PUT', path: `${await subscriptionPath(this, itemIndex, p.pluginId)}/settings`, body: p.settings }));
	},
});
