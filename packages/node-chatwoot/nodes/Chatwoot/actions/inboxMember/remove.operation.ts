import { defineOperation } from '@leadchat/core';
import { agentIdsField, inboxField, numericIds } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';

export const remove = defineOperation({
	resource: 'inboxMember',
	operation: 'remove',
	name: 'Remove',
	action: 'Remove agents from an inbox',
	description: 'Remove agents from an inbox',
	fields: [inboxField(), agentIdsField()],
	check: (p, t) => void numericIds(p.userIds, 'Agents', t.fail),
	request: (p) => ({ method: 'DELETE', path: '/inbox_members', body: { inbox_id: Number(p.inboxId), user_ids: p.userIds.map(Number) } }),
	output: payloadOf,
});
