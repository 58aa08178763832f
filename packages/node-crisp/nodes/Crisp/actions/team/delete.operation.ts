import { apiPath, defineOperation } from '@leadchat/core';
import { written } from '../../helpers/output';
import { teamField } from './fields';

export const deleteTeam = defineOperation({
	resource: 'team',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a team',
	fields: [teamField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/team/${p.teamId}` }),
	output: written,
});
