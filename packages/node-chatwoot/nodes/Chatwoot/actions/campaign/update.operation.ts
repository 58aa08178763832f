import { apiPath, defineOperation, field } from '@leadchat/core';
import { campaignField } from '../../descriptions';
import { campaignBody, campaignFields, checkCampaign } from './helpers';

export const update = defineOperation({
	resource: 'campaign',
	operation: 'update',
	name: 'Update',
	action: 'Update a campaign',
	fields: [
		campaignField(),
		field.collection('updateFields', 'Update Fields', [field.string('title', 'Title'), field.string('message', 'Message', { rows: 4 }), ...campaignFields()], {
			requireOne: 'needs at least one field to change',
		}),
	],
	check: (p, t) => {
		checkCampaign(p.updateFields, 'Update Fields → ', t.fail);
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/campaigns/${p.campaignId}`, body: campaignBody(p.updateFields) }),
});
