import { apiPath, defineOperation } from '@leadchat/core';
import { localeField } from '../../descriptions';

export const get = defineOperation({
	resource: 'helpdeskLocale',
	operation: 'get',
	name: 'Get',
	action: 'Get a helpdesk locale',
	description: 'A locale of the helpdesk: its URL and how many entries and groups each content type has',
	fields: [localeField()],
	request: (p) => ({ method: 'GET', path: apiPath`/helpdesk/locale/${p.locale}` }),
});
