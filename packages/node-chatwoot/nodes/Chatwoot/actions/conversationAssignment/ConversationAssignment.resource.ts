import type { ResourceSpec } from '@leadchat/core';
import { assignAgent } from './assignAgent.operation';
import { assignAgentBot } from './assignAgentBot.operation';
import { assignTeam } from './assignTeam.operation';
import { unassign } from './unassign.operation';

export const conversationAssignment: ResourceSpec = {
	value: 'conversationAssignment',
	name: 'Conversation Assignment',
	operations: [assignAgent, assignAgentBot, assignTeam, unassign],
	defaultOperation: assignAgent,
};
