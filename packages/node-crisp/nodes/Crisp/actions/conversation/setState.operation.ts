import { apiPath, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done, STATES } from './fields';

export const setState = defineOperation({
	resource: 'conversation',
	operation: 'setState',
	name: 'Set State',
	action: 'Set the state of a conversation',
	description: 'Resolve a conversation, or make it pending or unresolved again',
	fields: [sessionField(), field.options('state', 'State', STATES, { required: true, default: 'resolved' })],
	request: (p) => ({ method: 'PATCH', path: apiPath`/conversation/${p.sessionId}/state`, body: { state: p.state } }),
	output: (_body, p) => done(p.sessionId, { state: p.state }),
});
