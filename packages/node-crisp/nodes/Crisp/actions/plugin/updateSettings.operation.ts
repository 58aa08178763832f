import { defineOperation, field } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { written } from '../../helpers/output';
import { pluginIdField, subscriptionPath } from './fields';

export const updateSettings = defineOperation({
	resource: 'plugin',
	operation: 'updateSettings',
	name: 'Update Settings',
	action: 'Update the settings of a plugin on a website',
	description: 'Merge the keys given into the settings (PATCH)',
	fields: [websiteField(), pluginIdField(), field.json('settings', 'Settings (JSON)', { required: true, description: 'The keys to change, e.g. {"sync": false}' })],
	async execute(p, tools, itemIndex) {
		return written(await tools.request({ method: 'PATCH', path: `${await subscriptionPath(this, itemIndex, p.pluginId)}/settings`, body: p.settings }));
	},
});
