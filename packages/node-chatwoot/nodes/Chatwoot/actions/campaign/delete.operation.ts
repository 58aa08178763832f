import { apiPath, defineOperation } from '@leadchat/core';
import { campaignField } from '../../descriptions';

export const deleteCampaign = defineOperation({
	resource: 'campaign',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a campaign',
	fields: [campaignField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/campaigns/${p.campaignId}` }),
});
