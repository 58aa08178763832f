import { apiPath, defineOperation, field } from '@leadchat/core';
import { platformAgentBotIdField } from '../platformAccount/helpers';
import { agentBotBody, agentBotFields } from './helpers';

export const update = defineOperation({
	resource: 'platformAgentBot',
	operation: 'update',
	name: 'Update',
	action: 'Update an agent bot',
	fields: [
		platformAgentBotIdField(),
		field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), ...agentBotFields()], { requireOne: 'needs at least one field' }),
	],
	request: (p) => ({ method: 'PATCH', path: apiPath`/agent_bots/${p.agentBotId}`, body: agentBotBody(p.updateFields) }),
});
