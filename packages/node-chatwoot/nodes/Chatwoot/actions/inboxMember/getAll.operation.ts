import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { inboxField } from '../../descriptions';

export const getAll = defineOperation({
	resource: 'inboxMember',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many inbox members',
	description: 'List the agents of an inbox',
	fields: [inboxField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/inbox_members/${p.inboxId}` }), paging: paging.whole() },
});
