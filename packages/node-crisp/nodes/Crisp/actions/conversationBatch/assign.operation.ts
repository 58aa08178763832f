import { defineOperation } from '@leadchat/core';
import { assignedOf, assignFields } from '../conversation/fields';
import { batchDone, checkSessionIds, sessionIdsField } from './fields';

export const assign = defineOperation({
	resource: 'conversationBatch',
	operation: 'assign',
	name: 'Assign',
	action: 'Assign many conversations to an operator',
	description: 'Route the chosen conversations to an operator, or unassign them',
	fields: [sessionIdsField(), ...assignFields],
	async execute(p, tools) {
		const body = { sessions: checkSessionIds(p.sessionIds, tools.fail), assigned: assignedOf(p, tools.fail) };
		await tools.request({ method: 'PATCH', path: '/batch/routing', body });
		return batchDone(body);
	},
});
