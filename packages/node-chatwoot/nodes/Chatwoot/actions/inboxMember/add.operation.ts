import { defineOperation } from '@leadchat/core';
import { agentIdsField, inboxField, numericIds } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';

export const add = defineOperation({
	resource: 'inboxMember',
	operation: 'add',
	name: 'Add',
	action: 'Add agents to an inbox',
	description: 'Add agents to an inbox (the agents already in it stay)',
	fields: [inboxField(), agentIdsField()],
	check: (p, t) => void numericIds(p.userIds, 'Agents', t.fail),
	request: (p) => ({ method: 'POST', path: '/inbox_members', body: { inbox_id: Number(p.inboxId), user_ids: p.userIds.map(Number) } }),
	output: payloadOf,
});
