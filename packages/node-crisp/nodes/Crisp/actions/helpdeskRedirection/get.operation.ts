import { apiPath, defineOperation } from '@leadchat/core';
import { redirectionField } from './fields';

export const get = defineOperation({
	resource: 'helpdeskRedirection',
	operation: 'get',
	name: 'Get',
	action: 'Get a helpdesk redirection',
	fields: [redirectionField()],
	request: (p) => ({ method: 'GET', path: apiPath`/helpdesk/redirection/${p.redirectionId}` }),
});
