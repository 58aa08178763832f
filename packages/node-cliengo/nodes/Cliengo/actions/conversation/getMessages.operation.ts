import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { conversationIdField } from '../../descriptions';
import { wholeList } from '../../transport';

export const getMessages = defineOperation<{ conversationId: string; returnAll: boolean; limit?: number }>({
	resource: 'conversation',
	operation: 'getMessages',
	name: 'Get Messages',
	action: 'Get messages of a conversation',
	description: 'The messages of a conversation (Cliengo returns them all at once; Limit keeps the first N)',
	fields: [conversationIdField, ...returnAllOrLimit(1000, 50)],
	execute(p, _tools, itemIndex) {
		return wholeList.call(this, apiPath`/conversations/${p.conversationId}/messages`, p.returnAll, p.limit, itemIndex);
	},
});
