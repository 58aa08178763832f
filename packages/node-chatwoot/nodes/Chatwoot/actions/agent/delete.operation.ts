import { apiPath, defineOperation } from '@leadchat/core';
import { agentField } from '../../descriptions';

export const deleteAgent = defineOperation({
	resource: 'agent',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete an agent',
	description: 'Remove an agent from the account',
	fields: [agentField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/agents/${p.agentId}` }),
});
