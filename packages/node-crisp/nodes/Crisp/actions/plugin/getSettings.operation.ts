import { defineOperation } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { pluginIdField, subscriptionPath, withoutToken } from './fields';

export const getSettings = defineOperation({
	resource: 'plugin',
	operation: 'getSettings',
	name: 'Get Settings',
	action: 'Get the settings of a plugin on a website',
	description: "Output the subscription's settings and their schema; the website's plugin token is left out",
	fields: [websiteField(), pluginIdField()],
	async execute(p, tools, itemIndex) {
		return withoutToken(await tools.request({ method: 'GET', path: `${await subscriptionPath(this, itemIndex, p.pluginId)}/settings` }));
	},
});
