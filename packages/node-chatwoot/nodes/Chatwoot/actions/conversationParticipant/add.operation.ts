import { apiPath, defineOperation } from '@leadchat/core';
import { agentIdsField, conversationField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { userIds } from './helpers';

export const add = defineOperation({
	resource: 'conversationParticipant',
	operation: 'add',
	name: 'Add',
	action: 'Add participants to a conversation',
	description: 'Add agents as participants; the ones already taking part stay. The output is the agents added.',
	fields: [conversationField(), agentIdsField()],
	async execute(p, tools) {
		const body = { user_ids: userIds(p.userIds, tools.fail) };
		return payloadOf(await tools.request({ method: 'POST', path: apiPath`/conversations/${p.conversationId}/participants`, body }));
	},
});
