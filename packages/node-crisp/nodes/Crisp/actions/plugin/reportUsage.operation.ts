import { defineOperation, field } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { written } from '../../helpers/output';
import { pluginIdField, subscriptionPath } from './fields';

export const reportUsage = defineOperation({
	resource: 'plugin',
	operation: 'reportUsage',
	name: 'Report Usage',
	action: 'Report usage of a plugin to bill',
	description: 'Report metered usage of a paid plugin on the website, for Crisp to bill',
	fields: [websiteField(), pluginIdField(), field.json('usage', 'Usage (JSON)', { required: true, description: 'The usage record as Crisp takes it, e.g. {"name": "Messages translated", "units": 120, "price": 2}' })],
	async execute(p, tools, itemIndex) {
		return written(await tools.request({ method: 'POST', path: `${await subscriptionPath(this, itemIndex, p.pluginId)}/bill/usage`, body: p.usage }));
	},
});
