import { apiPath, defineOperation } from '@leadchat/core';
import { conversationField, teamField } from '../../descriptions';

export const assignTeam = defineOperation({
	resource: 'conversationAssignment',
	operation: 'assignTeam',
	name: 'Assign Team',
	action: 'Assign a conversation to a team',
	description: 'Assign to a team (the agent stays); the output is the team',
	fields: [conversationField(), teamField()],
	request: (p) => ({ method: 'POST', path: apiPath`/conversations/${p.conversationId}/assignments`, body: { team_id: Number(p.teamId) } }),
});
