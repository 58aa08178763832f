import { apiPath, defineOperation } from '@leadchat/core';
import { agentIdsField, conversationField, describedAs } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { userIds } from './helpers';

export const update = defineOperation({
	resource: 'conversationParticipant',
	operation: 'update',
	name: 'Update',
	action: 'Replace the participants of a conversation',
	description: 'The conversation ends up with exactly these participants. The output is every participant.',
	fields: [conversationField(), describedAs(agentIdsField(), 'The complete new set of participating agents. Choose from the list, or specify IDs using an expression.')],
	async execute(p, tools) {
		const body = { user_ids: userIds(p.userIds, tools.fail) };
		return payloadOf(await tools.request({ method: 'PATCH', path: apiPath`/conversations/${p.conversationId}/participants`, body }));
	},
});
