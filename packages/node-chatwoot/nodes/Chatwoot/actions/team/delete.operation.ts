import { apiPath, defineOperation } from '@leadchat/core';
import { teamField } from '../../descriptions';

export const deleteTeam = defineOperation({
	resource: 'team',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a team',
	fields: [teamField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/teams/${p.teamId}` }),
});
