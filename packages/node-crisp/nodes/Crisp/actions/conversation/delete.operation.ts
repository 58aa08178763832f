import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done } from './fields';

export const deleteConversation = defineOperation({
	resource: 'conversation',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a conversation',
	description: 'Delete a conversation and its messages for good',
	fields: [sessionField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/conversation/${p.sessionId}` }),
	output: (_body, p) => done(p.sessionId, { deleted: true }),
});
