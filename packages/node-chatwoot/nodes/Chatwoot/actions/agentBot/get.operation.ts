import { apiPath, defineOperation } from '@leadchat/core';
import { agentBotField } from '../../descriptions';

export const get = defineOperation({
	resource: 'agentBot',
	operation: 'get',
	name: 'Get',
	action: 'Get an agent bot',
	fields: [agentBotField()],
	request: (p) => ({ method: 'GET', path: apiPath`/agent_bots/${p.agentBotId}` }),
});
