import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { ofSession } from './fields';

export const getBlock = defineOperation({
	resource: 'conversation',
	operation: 'getBlock',
	name: 'Get Block Status',
	action: 'Get whether a conversation is blocked',
	description: 'Whether messages from the visitor of this conversation are blocked',
	fields: [sessionField()],
	request: (p) => ({ method: 'GET', path: apiPath`/conversation/${p.sessionId}/block` }),
	output: (body, p) => ofSession(p.sessionId, body),
});
