import { apiPath, defineOperation } from '@leadchat/core';
import { localeField } from '../../descriptions';
import { exists } from '../../helpers/exists';

export const localeExists = defineOperation({
	resource: 'helpdeskLocale',
	operation: 'exists',
	name: 'Exists',
	action: 'Check whether a helpdesk locale exists',
	description: 'Whether the helpdesk has this locale: gives {"exists": true} or {"exists": false}',
	fields: [localeField()],
	execute: (p, t) => exists(t, { method: 'HEAD', path: apiPath`/helpdesk/locale/${p.locale}` }),
});
