import { apiPath, defineOperation } from '@leadchat/core';
import { inboxField } from '../../descriptions';

export const get = defineOperation({
	resource: 'inbox',
	operation: 'get',
	name: 'Get',
	action: 'Get an inbox',
	fields: [inboxField()],
	request: (p) => ({ method: 'GET', path: apiPath`/inbox/${p.inboxId}` }),
});
