import { apiPath, defineOperation } from '@leadchat/core';
import { redirectionField } from './fields';

export const deleteRedirection = defineOperation({
	resource: 'helpdeskRedirection',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a helpdesk redirection',
	fields: [redirectionField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/helpdesk/redirection/${p.redirectionId}` }),
	output: (_body, p) => ({ success: true, redirection_id: p.redirectionId }),
});
