import { apiPath, defineOperation } from '@leadchat/core';
import { platformAgentBotIdField } from '../platformAccount/helpers';

export const get = defineOperation({
	resource: 'platformAgentBot',
	operation: 'get',
	name: 'Get',
	action: 'Get an agent bot',
	fields: [platformAgentBotIdField()],
	request: (p) => ({ method: 'GET', path: apiPath`/agent_bots/${p.agentBotId}` }),
});
