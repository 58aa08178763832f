import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';

export const getAll = defineOperation({
	resource: 'integration',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many integration apps',
	description: 'List the integration apps (Slack, Dialogflow, webhooks, …) with their hooks in the account',
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/integrations/apps' }), paging: paging.whole() },
});
