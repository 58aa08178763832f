import { apiPath, defineOperation } from '@leadchat/core';
import { campaignField } from './fields';

export const deleteCampaign = defineOperation({
	resource: 'campaign',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a campaign',
	fields: [campaignField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/campaign/${p.campaignId}` }),
	output: (_body, p) => ({ success: true, campaign_id: p.campaignId }),
});
