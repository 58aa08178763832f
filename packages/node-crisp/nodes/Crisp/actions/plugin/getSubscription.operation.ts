import { defineOperation } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { pluginIdField, subscriptionPath } from './fields';

export const getSubscription = defineOperation({
	resource: 'plugin',
	operation: 'getSubscription',
	name: 'Get Subscription',
	action: "Get a website's subscription to a plugin",
	fields: [websiteField(), pluginIdField()],
	async execute(p, tools, itemIndex) {
		return tools.request({ method: 'GET', path: await subscriptionPath(this, itemIndex, p.pluginId) });
	},
});
