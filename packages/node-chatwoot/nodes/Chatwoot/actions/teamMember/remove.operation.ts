import { apiPath, defineOperation } from '@leadchat/core';
import { agentIdsField, numericIds, teamField } from '../../descriptions';

export const remove = defineOperation({
	resource: 'teamMember',
	operation: 'remove',
	name: 'Remove',
	action: 'Remove agents from a team',
	description: 'Remove agents from a team',
	fields: [teamField(), agentIdsField()],
	check: (p, t) => void numericIds(p.userIds, 'Agents', t.fail),
	request: (p) => ({ method: 'DELETE', path: apiPath`/teams/${p.teamId}/team_members`, body: { user_ids: p.userIds.map(Number) } }),
});
