import { apiPath, defineOperation } from '@leadchat/core';
import { campaignBody, campaignField, campaignFieldsCollection } from './fields';

export const replace = defineOperation({
	resource: 'campaign',
	operation: 'replace',
	name: 'Replace',
	action: 'Replace a campaign',
	description: 'Save the whole campaign (PUT): what is not set here is not kept',
	fields: [campaignField(), campaignFieldsCollection()],
	request: (p) => ({ method: 'PUT', path: apiPath`/campaign/${p.campaignId}`, body: campaignBody(p.campaignFields) }),
	output: (_body, p) => ({ success: true, campaign_id: p.campaignId }),
});
