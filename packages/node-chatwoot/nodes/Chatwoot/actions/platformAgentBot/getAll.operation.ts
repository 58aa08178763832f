import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';

export const getAll = defineOperation({
	resource: 'platformAgentBot',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many agent bots',
	description: 'List the agent bots the Platform App created (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/agent_bots' }), paging: paging.whole() },
});
