import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { operatorField, sessionField } from '../../descriptions';
import { done, requiredWhen } from './fields';

export const assign = defineOperation({
	resource: 'conversation',
	operation: 'assign',
	name: 'Assign',
	action: 'Assign a conversation to an operator',
	description: 'Route a conversation to an operator, or unassign it',
	fields: [
		sessionField(),
		field.options(
			'assignTo',
			'Assign To',
			[
				{ name: 'An Operator', value: 'operator' },
				{ name: 'Nobody (Unassign)', value: 'nobody' },
			],
			{ required: true, default: 'operator' },
		),
		requiredWhen(operatorField('userId', 'Operator', false), { assignTo: ['operator'] }),
		field.boolean('silent', 'Silent', { description: 'Whether to assign without notifying the operator' }),
	],
	check: (p, tools) => {
		if (p.assignTo === 'operator' && !p.userId) tools.fail('Operator', 'is required');
	},
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/conversation/${p.sessionId}/routing`,
		body: compact({ assigned: p.assignTo === 'operator' ? { user_id: p.userId } : null, silent: p.silent }),
	}),
	output: (_body, p) => done(p.sessionId, { assigned: p.assignTo === 'operator' ? { user_id: p.userId ?? null } : null }),
});
