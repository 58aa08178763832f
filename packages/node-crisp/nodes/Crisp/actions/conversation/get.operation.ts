import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';

export const get = defineOperation({
	resource: 'conversation',
	operation: 'get',
	name: 'Get',
	action: 'Get a conversation',
	description: 'Get a conversation: its state, visitor details (metas), assignee, unread counts and last message',
	fields: [sessionField()],
	request: (p) => ({ method: 'GET', path: apiPath`/conversation/${p.sessionId}` }),
});
