import { defineOperation, field } from '@leadchat/core';
import { operatorField } from '../../descriptions';
import { requiredWhen } from '../conversation/fields';
import { batchDone, checkSessionIds, sessionIdsField } from './fields';

export const assign = defineOperation({
	resource: 'conversationBatch',
	operation: 'assign',
	name: 'Assign',
	action: 'Assign many conversations to an operator',
	description: 'Route the chosen conversations to an operator, or unassign them',
	fields: [
		sessionIdsField(),
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
	],
	async execute(p, tools) {
		const sessions = checkSessionIds(p.sessionIds, tools.fail);
		if (p.assignTo === 'operator' && !p.userId) tools.fail('Operator', 'is required');
		const body = { sessions, assigned: p.assignTo === 'operator' ? { user_id: p.userId } : null };
		await tools.request({ method: 'PATCH', path: '/batch/routing', body });
		return batchDone(body);
	},
});
