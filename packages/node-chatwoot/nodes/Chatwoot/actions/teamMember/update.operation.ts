import { apiPath, defineOperation } from '@leadchat/core';
import { agentIdsField, numericIds, teamField } from '../../descriptions';

export const update = defineOperation({
	resource: 'teamMember',
	operation: 'update',
	name: 'Update',
	action: 'Set the agents of a team',
	description: 'Replace the members of a team with exactly these agents',
	fields: [teamField(), agentIdsField()],
	check: (p, t) => void numericIds(p.userIds, 'Agents', t.fail),
	request: (p) => ({ method: 'PATCH', path: apiPath`/teams/${p.teamId}/team_members`, body: { user_ids: p.userIds.map(Number) } }),
});
