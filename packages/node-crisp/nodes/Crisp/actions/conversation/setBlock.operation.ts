import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { blockField, done } from './fields';

export const setBlock = defineOperation({
	resource: 'conversation',
	operation: 'setBlock',
	name: 'Set Block Status',
	action: 'Block or unblock a conversation',
	description: 'Block (or unblock) incoming messages from the visitor of this conversation',
	fields: [sessionField(), blockField()],
	request: (p) => ({ method: 'PATCH', path: apiPath`/conversation/${p.sessionId}/block`, body: { blocked: p.block === 'block' } }),
	output: (_body, p) => done(p.sessionId, { blocked: p.block === 'block' }),
});
