import { apiPath, defineOperation, field } from '@leadchat/core';
import { conversationField } from '../../descriptions';

export const assignAgentBot = defineOperation({
	resource: 'conversationAssignment',
	operation: 'assignAgentBot',
	name: 'Assign Agent Bot',
	action: 'Assign a conversation to an agent bot',
	description: 'Hand the conversation to an agent bot of the account; the output is the bot',
	fields: [conversationField(), field.id('agentBotId', 'Agent Bot ID', { numeric: true, placeholder: 'e.g. 3', description: 'ID of an agent bot of the account' })],
	request: (p) => ({
		method: 'POST',
		path: apiPath`/conversations/${p.conversationId}/assignments`,
		body: { assignee_id: Number(p.agentBotId), assignee_type: 'AgentBot' },
	}),
});
