import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { payloadOf, sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'integration',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many integration apps',
	description: 'List the integration apps (Slack, Dialogflow, webhooks, …) with their hooks in the account',
	fields: [...returnAllOrLimit()],
	request: () => ({ method: 'GET', path: '/integrations/apps' }),
	output: (body, p) => sliceList(payloadOf(body), p),
});
