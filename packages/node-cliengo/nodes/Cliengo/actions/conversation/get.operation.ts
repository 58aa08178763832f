import { apiPath, defineOperation } from '@leadchat/core';
import { conversationIdField } from '../../descriptions';

export const get = defineOperation({
	resource: 'conversation',
	operation: 'get',
	name: 'Get',
	action: 'Get a conversation',
	description: 'Get one conversation by its ID',
	fields: [conversationIdField],
	request: (p) => ({ method: 'GET', path: apiPath`/conversations/${p.conversationId}` }),
});
