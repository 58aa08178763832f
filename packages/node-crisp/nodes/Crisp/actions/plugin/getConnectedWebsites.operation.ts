import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { pagedList } from '../../lists';
import { connectOptions, connectQuery, withoutToken } from './fields';

export const getConnectedWebsites = defineOperation({
	resource: 'plugin',
	operation: 'getConnectedWebsites',
	name: 'Get Connected Websites',
	action: 'Get the websites that installed the plugin',
	description: "One item per website: { website_id, settings, plan? }; each website's plugin token is left out",
	fields: [...returnAllOrLimit(), connectOptions()],
	list: {
		...pagedList(() => '/plugin/connect/websites/all', (p: { options: { configuredOnly?: boolean; includePlan?: boolean } }) => connectQuery(p.options), 'website_id'),
		finish: (records) => records.map(withoutToken),
	},
});
