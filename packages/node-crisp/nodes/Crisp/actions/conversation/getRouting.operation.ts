import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { ofSession } from './fields';

export const getRouting = defineOperation({
	resource: 'conversation',
	operation: 'getRouting',
	name: 'Get Assignment',
	action: 'Get the operator assigned to a conversation',
	description: 'The operator the conversation is routed to (assigned.user_id), or null when nobody is',
	fields: [sessionField()],
	request: (p) => ({ method: 'GET', path: apiPath`/conversation/${p.sessionId}/routing` }),
	output: (body, p) => ofSession(p.sessionId, body),
});
