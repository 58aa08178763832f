import { apiPath, defineOperation } from '@leadchat/core';
import { campaignBody, campaignField, campaignFieldsCollection } from './fields';

export const update = defineOperation({
	resource: 'campaign',
	operation: 'update',
	name: 'Update',
	action: 'Update a campaign',
	description: 'Change the fields set here (PATCH); the others stay as they are',
	fields: [campaignField(), campaignFieldsCollection()],
	request: (p) => ({ method: 'PATCH', path: apiPath`/campaign/${p.campaignId}`, body: campaignBody(p.campaignFields) }),
	output: (_body, p) => ({ success: true, campaign_id: p.campaignId }),
});
