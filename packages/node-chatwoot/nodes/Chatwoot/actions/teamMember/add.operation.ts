import { apiPath, defineOperation } from '@leadchat/core';
import { agentIdsField, numericIds, teamField } from '../../descriptions';

export const add = defineOperation({
	resource: 'teamMember',
	operation: 'add',
	name: 'Add',
	action: 'Add agents to a team',
	description: 'Add agents to a team (the agents already in it stay)',
	fields: [teamField(), agentIdsField()],
	check: (p, t) => void numericIds(p.userIds, 'Agents', t.fail),
	request: (p) => ({ method: 'POST', path: apiPath`/teams/${p.teamId}/team_members`, body: { user_ids: p.userIds.map(Number) } }),
});
