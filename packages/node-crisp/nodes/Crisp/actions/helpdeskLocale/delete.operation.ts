import { apiPath, defineOperation } from '@leadchat/core';
import { localeField } from '../../descriptions';

export const deleteLocale = defineOperation({
	resource: 'helpdeskLocale',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a helpdesk locale',
	description: 'Remove a language from the helpdesk, with all its content',
	fields: [localeField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/helpdesk/locale/${p.locale}` }),
	output: (_body, p) => ({ success: true, locale: p.locale }),
});
