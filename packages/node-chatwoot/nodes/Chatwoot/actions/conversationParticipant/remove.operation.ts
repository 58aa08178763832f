import { apiPath, defineOperation } from '@leadchat/core';
import { agentIdsField, conversationField } from '../../descriptions';
import { userIds } from './helpers';

export const remove = defineOperation({
	resource: 'conversationParticipant',
	operation: 'remove',
	name: 'Remove',
	action: 'Remove participants from a conversation',
	fields: [conversationField(), agentIdsField()],
	async execute(p, tools) {
		const ids = userIds(p.userIds, tools.fail);
		await tools.request({ method: 'DELETE', path: apiPath`/conversations/${p.conversationId}/participants`, body: { user_ids: ids } });
		return { success: true, id: Number(p.conversationId), removedUserIds: ids };
	},
});
