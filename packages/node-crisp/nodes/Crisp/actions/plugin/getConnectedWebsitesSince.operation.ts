import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { wholeList } from '../../lists';
import { connectOptions, connectQuery, withoutToken } from './fields';

export const getConnectedWebsitesSince = defineOperation({
	resource: 'plugin',
	operation: 'getConnectedWebsitesSince',
	name: 'Get Connected Websites Since',
	action: 'Get the websites that installed or removed the plugin since a date',
	description: 'One item per website that changed, with "difference" (e.g. added or removed); tokens are left out',
	fields: [field.dateTime('since', 'Since', { required: true }), ...returnAllOrLimit(), connectOptions()],
	list: {
		...wholeList(
			() => '/plugin/connect/websites/since',
			(p: { since: string; options: { configuredOnly?: boolean; includePlan?: boolean } }) => ({ date_since: new Date(p.since).toISOString(), ...connectQuery(p.options) }),
			'website_id',
		),
		finish: (records) => records.map(withoutToken),
	},
});
