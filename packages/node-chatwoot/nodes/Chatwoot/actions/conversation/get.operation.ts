import { apiPath, defineOperation } from '@leadchat/core';
import { conversationField } from '../../descriptions';

export const get = defineOperation({
	resource: 'conversation',
	operation: 'get',
	name: 'Get',
	action: 'Get a conversation',
	fields: [conversationField()],
	request: (p) => ({ method: 'GET', path: apiPath`/conversations/${p.conversationId}` }),
});
