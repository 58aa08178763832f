import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { peopleField } from '../../descriptions';
import { pagedList } from '../../lists';

export const getCampaigns = defineOperation({
	resource: 'person',
	operation: 'getCampaigns',
	name: 'Get Campaigns',
	action: 'Get the campaigns sent to a person',
	fields: [peopleField(), ...returnAllOrLimit()],
	list: pagedList((p: { peopleId: string }) => apiPath`/people/campaigns/${p.peopleId}/list`, undefined, 'campaign_id'),
});
