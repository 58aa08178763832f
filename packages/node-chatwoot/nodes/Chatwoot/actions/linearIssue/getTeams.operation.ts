import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';

export const getTeams = defineOperation({
	resource: 'linearIssue',
	operation: 'getTeams',
	name: 'Get Teams',
	action: 'Get Linear teams',
	description: 'The teams of the Linear workspace connected to the account (one answer, as Linear sends it)',
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/integrations/linear/teams' }), paging: paging.whole() },
});
