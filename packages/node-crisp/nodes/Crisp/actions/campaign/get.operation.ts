import { apiPath, defineOperation } from '@leadchat/core';
import { campaignField } from './fields';

export const get = defineOperation({
	resource: 'campaign',
	operation: 'get',
	name: 'Get',
	action: 'Get a campaign',
	description: 'A campaign with its sender, recipients, flow, message, options and statistics',
	fields: [campaignField()],
	request: (p) => ({ method: 'GET', path: apiPath`/campaign/${p.campaignId}` }),
});
