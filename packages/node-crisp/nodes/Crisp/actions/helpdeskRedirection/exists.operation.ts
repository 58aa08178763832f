import { apiPath, defineOperation } from '@leadchat/core';
import { exists } from '../../helpers/exists';
import { redirectionField } from './fields';

export const redirectionExists = defineOperation({
	resource: 'helpdeskRedirection',
	operation: 'exists',
	name: 'Exists',
	action: 'Check whether a helpdesk redirection exists',
	description: 'Gives {"exists": true} or {"exists": false}',
	fields: [redirectionField()],
	execute: (p, t) => exists(t, { method: 'HEAD', path: apiPath`/helpdesk/redirection/${p.redirectionId}` }),
});
