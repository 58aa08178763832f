import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { teamField } from '../../descriptions';

export const getAll = defineOperation({
	resource: 'teamMember',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many team members',
	description: 'List the agents of a team',
	fields: [teamField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/teams/${p.teamId}/team_members` }), paging: paging.whole() },
});
