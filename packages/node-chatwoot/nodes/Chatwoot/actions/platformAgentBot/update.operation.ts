import { apiPath, defineOperation, field } from '@leadchat/core';
import { platformAgentBotIdField } from '../platformAccount/fields';
import { agentBotBody, agentBotFields, type AgentBotFields } from './fields';

export const update = defineOperation<{ agentBotId: string; updateFields: AgentBotFields }>({
	resource: 'platformAgentBot',
	operation: 'update',
	name: 'Update',
	action: 'Update an agent bot',
	fields: [platformAgentBotIdField(), field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), ...agentBotFields()])],
	check(p, tools) {
		if (Object.keys(agentBotBody(p.updateFields)).length === 0) tools.fail('Update Fields', 'needs at least one field');
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/agent_bots/${p.agentBotId}`, body: agentBotBody(p.updateFields) }),
});
