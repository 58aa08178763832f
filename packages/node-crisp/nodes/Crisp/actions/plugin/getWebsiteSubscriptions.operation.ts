import { collectList, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { wholeList } from '../../lists';
import { subscriptionPath } from './fields';

export const getWebsiteSubscriptions = defineOperation({
	resource: 'plugin',
	operation: 'getWebsiteSubscriptions',
	name: 'Get Website Subscriptions',
	action: 'Get the plugins a website subscribed to',
	fields: [websiteField(), ...returnAllOrLimit()],
	async execute(p, tools, itemIndex) {
		const path = await subscriptionPath(this, itemIndex);
		return collectList((req) => tools.request(req), wholeList(() => path, undefined, 'id'), {}, p);
	},
});
