import { defineOperation } from '@leadchat/core';
import { exists } from '../../helpers/exists';

export const helpdeskExists = defineOperation({
	resource: 'helpdesk',
	operation: 'exists',
	name: 'Exists',
	action: 'Check whether the helpdesk exists',
	description: 'Whether the website has a helpdesk: gives {"exists": true} or {"exists": false}',
	fields: [],
	execute: (_p, t) => exists(t, { method: 'HEAD', path: '/helpdesk' }),
});
