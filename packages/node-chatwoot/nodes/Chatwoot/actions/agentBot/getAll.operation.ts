import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'agentBot',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many agent bots',
	description: 'List the agent bots of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	request: () => ({ method: 'GET', path: '/agent_bots' }),
	output: sliceList,
});
