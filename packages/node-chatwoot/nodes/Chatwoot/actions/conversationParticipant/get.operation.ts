import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { conversationField } from '../../descriptions';
import { firstOf } from '../../helpers/lists';
import { listParticipants } from './participants';

export const get = defineOperation<{ conversationId: string; returnAll: boolean; limit?: number }>({
	resource: 'conversationParticipant',
	operation: 'get',
	name: 'Get',
	action: 'Get the participants of a conversation',
	description: 'The agents taking part in the conversation (one item per agent)',
	fields: [conversationField(), ...returnAllOrLimit()],
	async execute(p, tools) {
		return firstOf(await listParticipants(tools, apiPath`/conversations/${p.conversationId}/participants`), p.returnAll, p.limit);
	},
});
