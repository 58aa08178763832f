import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { inboxField } from '../../descriptions';

export const getCampaigns = defineOperation({
	resource: 'inbox',
	operation: 'getCampaigns',
	name: 'Get Campaigns',
	action: 'Get campaigns of an inbox',
	description: 'The campaigns that send through the inbox (the server sends the whole list at once)',
	fields: [inboxField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/inboxes/${p.inboxId}/campaigns` }), paging: paging.whole() },
});
