import { apiPath, defineOperation } from '@leadchat/core';
import { agentField, conversationField } from '../../descriptions';

export const assignAgent = defineOperation({
	resource: 'conversationAssignment',
	operation: 'assignAgent',
	name: 'Assign Agent',
	action: 'Assign a conversation to an agent',
	description: 'Assign to an agent; the output is the agent',
	fields: [conversationField(), agentField()],
	request: (p) => ({ method: 'POST', path: apiPath`/conversations/${p.conversationId}/assignments`, body: { assignee_id: Number(p.agentId) } }),
});
