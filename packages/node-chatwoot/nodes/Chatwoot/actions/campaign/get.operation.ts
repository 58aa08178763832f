import { apiPath, defineOperation } from '@leadchat/core';
import { campaignField } from '../../descriptions';

export const get = defineOperation({
	resource: 'campaign',
	operation: 'get',
	name: 'Get',
	action: 'Get a campaign',
	fields: [campaignField()],
	request: (p) => ({ method: 'GET', path: apiPath`/campaigns/${p.campaignId}` }),
});
