import { defineOperation, field } from '@leadchat/core';
import { inboxField } from '../../descriptions';
import { campaignBody, campaignFields, checkCampaign } from './helpers';

export const create = defineOperation({
	resource: 'campaign',
	operation: 'create',
	name: 'Create',
	action: 'Create a campaign',
	description: 'Create a campaign: ongoing on a website inbox, one-off on an SMS or WhatsApp inbox',
	fields: [
		field.string('title', 'Title', { required: true }),
		inboxField(),
		field.string('message', 'Message', { required: true, rows: 4 }),
		field.collection('additionalFields', 'Additional Fields', campaignFields()),
	],
	check: (p, t) => checkCampaign(p.additionalFields, 'Additional Fields → ', t.fail),
	request: (p) => ({ method: 'POST', path: '/campaigns', body: campaignBody({ ...p.additionalFields, title: p.title, inboxId: p.inboxId, message: p.message }) }),
});
