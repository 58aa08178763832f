import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { pageInPath } from '../../lists';
import { campaignField } from './fields';

export const getRecipients = defineOperation({
	resource: 'campaign',
	operation: 'getRecipients',
	name: 'Get Recipients',
	action: 'Get the recipients of a campaign',
	description: 'The people a campaign goes to: people ID, email, name and whether they are subscribed',
	fields: [campaignField(), ...returnAllOrLimit()],
	list: { ...pageInPath, request: (p) => ({ method: 'GET', path: apiPath`/campaign/${p.campaignId}/recipients` }), key: 'people_id' },
});
