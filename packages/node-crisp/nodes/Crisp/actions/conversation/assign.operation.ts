import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { assignedOf, assignFields, done } from './fields';

export const assign = defineOperation({
	resource: 'conversation',
	operation: 'assign',
	name: 'Assign',
	action: 'Assign a conversation to an operator',
	description: 'Route a conversation to an operator, or unassign it',
	fields: [sessionField(), ...assignFields, field.boolean('silent', 'Silent', { description: 'Whether to assign without notifying the operator' })],
	async execute(p, tools) {
		const assigned = assignedOf(p, tools.fail);
		await tools.request({ method: 'PATCH', path: apiPath`/conversation/${p.sessionId}/routing`, body: compact({ assigned, silent: p.silent }) });
		return done(p.sessionId, { assigned });
	},
});
