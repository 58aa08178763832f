import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { conversationField } from '../../descriptions';

export const getLinked = defineOperation({
	resource: 'linearIssue',
	operation: 'getLinked',
	name: 'Get Linked',
	action: 'Get the Linear issues linked to a conversation',
	description: 'The Linear issues linked to the conversation, each with the ID of its link (one answer, as Linear sends it)',
	fields: [conversationField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: '/integrations/linear/linked_issues', qs: { conversation_id: Number(p.conversationId) } }), paging: paging.whole() },
});
