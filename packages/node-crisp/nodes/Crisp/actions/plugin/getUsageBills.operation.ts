import { collectList, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { wholeList } from '../../lists';
import { pluginIdField, subscriptionPath } from './fields';

export const getUsageBills = defineOperation({
	resource: 'plugin',
	operation: 'getUsageBills',
	name: 'Get Usage Bills',
	action: 'Get the usage bills of a plugin on a website',
	description: 'The usage the plugin reported for billing on this website',
	fields: [websiteField(), pluginIdField(), ...returnAllOrLimit()],
	async execute(p, tools, itemIndex) {
		const path = `${await subscriptionPath(this, itemIndex, p.pluginId)}/bill/usage`;
		return collectList((req) => tools.request(req), wholeList(() => path), {}, p);
	},
});
