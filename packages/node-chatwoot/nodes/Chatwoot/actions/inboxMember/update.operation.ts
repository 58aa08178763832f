import { defineOperation } from '@leadchat/core';
import { agentIdsField, inboxField, numericIds } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';

export const update = defineOperation({
	resource: 'inboxMember',
	operation: 'update',
	name: 'Update',
	action: 'Set the agents of an inbox',
	description: 'Replace the members of an inbox with exactly these agents',
	fields: [inboxField(), agentIdsField()],
	check: (p, t) => void numericIds(p.userIds, 'Agents', t.fail),
	request: (p) => ({ method: 'PATCH', path: '/inbox_members', body: { inbox_id: Number(p.inboxId), user_ids: p.userIds.map(Number) } }),
	output: payloadOf,
});
