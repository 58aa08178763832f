import { apiPath, defineOperation } from '@leadchat/core';
import { existence } from '../../helpers/output';
import { teamField } from './fields';

export const exists = defineOperation({
	resource: 'team',
	operation: 'exists',
	name: 'Exists',
	action: 'Check whether a team exists',
	description: 'Output { exists: true } when the team exists, { exists: false } when Crisp answers 404',
	fields: [teamField()],
	execute: (p, tools) => existence(() => tools.request({ method: 'HEAD', path: apiPath`/team/${p.teamId}` })),
});
