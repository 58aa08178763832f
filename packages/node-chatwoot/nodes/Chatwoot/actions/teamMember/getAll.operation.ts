import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { teamField } from '../../descriptions';
import { sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ teamId: string; returnAll: boolean; limit?: number }>({
	resource: 'teamMember',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many team members',
	description: 'List the agents of a team',
	fields: [teamField(), ...returnAllOrLimit()],
	request: (p) => ({ method: 'GET', path: apiPath`/teams/${p.teamId}/team_members` }),
	output: sliceList,
});
