import { apiPath, defineOperation, field } from '@leadchat/core';

export const get = defineOperation({
	resource: 'helpdeskHistory',
	operation: 'get',
	name: 'Get',
	action: 'Get a helpdesk change',
	description: 'One change to the helpdesk content, with the files it touched',
	fields: [field.id('changeId', 'Change ID', { description: 'The change_id of a change (see Get Many)' })],
	request: (p) => ({ method: 'GET', path: apiPath`/helpdesk/history/change/${p.changeId}` }),
});
