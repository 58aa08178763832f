import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { conversationField } from '../../descriptions';

export const get = defineOperation({
	resource: 'conversationParticipant',
	operation: 'get',
	name: 'Get',
	action: 'Get the participants of a conversation',
	description: 'The agents taking part in the conversation (one item per agent)',
	fields: [conversationField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/conversations/${p.conversationId}/participants` }), paging: paging.whole() },
});
