import { apiPath, defineOperation, field } from '@leadchat/core';
import { campaignField, requireAnyField } from '../../descriptions';
import { campaignBody, campaignFields, checkCampaign, type CampaignFields } from './shared';

export const update = defineOperation<{ campaignId: string; updateFields: CampaignFields }>({
	resource: 'campaign',
	operation: 'update',
	name: 'Update',
	action: 'Update a campaign',
	fields: [
		campaignField(),
		field.collection('updateFields', 'Update Fields', [field.string('title', 'Title'), field.string('message', 'Message', { rows: 4 }), ...campaignFields()]),
	],
	check: (p, t) => {
		requireAnyField(p.updateFields, 'Update Fields', t.fail);
		checkCampaign(p.updateFields, 'Update Fields → ', t.fail);
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/campaigns/${p.campaignId}`, body: campaignBody(p.updateFields) }),
});
