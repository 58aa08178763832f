import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { conversationIdField } from '../../descriptions';
import { servedWhole } from '../../helpers/lists';

export const getMessages = defineOperation({
	resource: 'conversation',
	operation: 'getMessages',
	name: 'Get Messages',
	action: 'Get messages of a conversation',
	description: 'The messages of a conversation (Cliengo returns them all at once; Limit keeps the first N)',
	fields: [conversationIdField, ...returnAllOrLimit(1000, 50)],
	list: { ...servedWhole, request: (p) => ({ method: 'GET', path: apiPath`/conversations/${p.conversationId}/messages` }) },
});
