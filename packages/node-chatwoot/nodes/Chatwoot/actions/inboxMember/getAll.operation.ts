import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { inboxField } from '../../descriptions';
import { payloadOf, sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ inboxId: string; returnAll: boolean; limit?: number }>({
	resource: 'inboxMember',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many inbox members',
	description: 'List the agents of an inbox',
	fields: [inboxField(), ...returnAllOrLimit()],
	request: (p) => ({ method: 'GET', path: apiPath`/inbox_members/${p.inboxId}` }),
	output: (body, p) => sliceList(payloadOf(body), p),
});
