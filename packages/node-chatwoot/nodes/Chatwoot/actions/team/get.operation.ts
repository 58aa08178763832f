import { apiPath, defineOperation } from '@leadchat/core';
import { teamField } from '../../descriptions';

export const get = defineOperation({
	resource: 'team',
	operation: 'get',
	name: 'Get',
	action: 'Get a team',
	fields: [teamField()],
	request: (p) => ({ method: 'GET', path: apiPath`/teams/${p.teamId}` }),
});
