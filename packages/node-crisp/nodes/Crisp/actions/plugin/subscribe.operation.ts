import { defineOperation } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { written } from '../../helpers/output';
import { pluginIdField, subscriptionPath } from './fields';

export const subscribe = defineOperation({
	resource: 'plugin',
	operation: 'subscribe',
	name: 'Subscribe',
	action: 'Subscribe a website to a plugin',
	description: 'Install a plugin on the website',
	fields: [websiteField(), pluginIdField()],
	async execute(p, tools, itemIndex) {
		return written(await tools.request({ method: 'POST', path: await subscriptionPath(this, itemIndex), body: { plugin_id: p.pluginId } }));
	},
});
