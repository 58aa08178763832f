import { apiPath, defineOperation } from '@leadchat/core';
import { teamField } from './fields';

export const get = defineOperation({
	resource: 'team',
	operation: 'get',
	name: 'Get',
	action: 'Get a team',
	fields: [teamField()],
	request: (p) => ({ method: 'GET', path: apiPath`/team/${p.teamId}` }),
});
