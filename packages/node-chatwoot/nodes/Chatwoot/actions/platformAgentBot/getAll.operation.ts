import type { IDataObject } from 'n8n-workflow';
import { defineOperation, returnAllOrLimit } from '@leadchat/core';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'platformAgentBot',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many agent bots',
	description: 'List the agent bots the Platform App created (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	request: () => ({ method: 'GET', path: '/agent_bots' }),
	output: (body: unknown, p) => {
		const list = (Array.isArray(body) ? body : []) as IDataObject[];
		return p.returnAll ? list : list.slice(0, p.limit ?? 50);
	},
});
