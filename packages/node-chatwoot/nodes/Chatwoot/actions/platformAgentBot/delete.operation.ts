import { apiPath, defineOperation } from '@leadchat/core';
import { platformAgentBotIdField } from '../platformAccount/helpers';

export const deleteAgentBot = defineOperation({
	resource: 'platformAgentBot',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete an agent bot',
	fields: [platformAgentBotIdField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/agent_bots/${p.agentBotId}` }),
	output: () => ({ success: true }),
});
