import { defineOperation } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { written } from '../../helpers/output';
import { pluginIdField, subscriptionPath } from './fields';

export const unsubscribe = defineOperation({
	resource: 'plugin',
	operation: 'unsubscribe',
	name: 'Unsubscribe',
	action: 'Unsubscribe a website from a plugin',
	description: 'Remove a plugin from the website',
	fields: [websiteField(), pluginIdField()],
	async execute(p, tools, itemIndex) {
		return written(await tools.request({ method: 'DELETE', path: await subscriptionPath(this, itemIndex, p.pluginId) }));
	},
});
