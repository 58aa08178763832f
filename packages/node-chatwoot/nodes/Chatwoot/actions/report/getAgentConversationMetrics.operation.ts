import { defineOperation } from '@leadchat/core';
import { agentOptionField } from '../../descriptions';

export const getAgentConversationMetrics = defineOperation({
	resource: 'report',
	operation: 'getAgentConversationMetrics',
	name: 'Get Agent Conversation Metrics',
	action: 'Get the live conversation metrics of agents',
	description: 'Open and unattended conversation counts of each agent right now, or of one agent',
	fields: [agentOptionField('userId', 'Agent Name or ID')],
	check: (p, t) => {
		if (p.userId !== undefined && !/^\d+$/.test(p.userId)) t.fail('Agent Name or ID', 'must be a numeric ID');
	},
	// The spec tells this operation from the account one by its trailing slash; Rails routes both alike.
	request: (p) => ({ method: 'GET', path: '/reports/conversations/', family: 'accountV2', qs: { type: 'agent', user_id: p.userId } }),
});
