import { apiPath, defineOperation } from '@leadchat/core';
import { agentBotField } from '../../descriptions';

export const deleteAgentBot = defineOperation({
	resource: 'agentBot',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete an agent bot',
	fields: [agentBotField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/agent_bots/${p.agentBotId}` }),
});
