import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { ofSession } from './fields';

export const getState = defineOperation({
	resource: 'conversation',
	operation: 'getState',
	name: 'Get State',
	action: 'Get the state of a conversation',
	description: 'Whether the conversation is pending, unresolved or resolved',
	fields: [sessionField()],
	request: (p) => ({ method: 'GET', path: apiPath`/conversation/${p.sessionId}/state` }),
	output: (body, p) => ofSession(p.sessionId, body),
});
