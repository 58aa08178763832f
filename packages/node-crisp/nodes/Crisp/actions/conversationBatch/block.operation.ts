import { defineOperation } from '@leadchat/core';
import { blockField } from '../conversation/fields';
import { batchDone, checkSessionIds, sessionIdsField } from './fields';

export const block = defineOperation({
	resource: 'conversationBatch',
	operation: 'block',
	name: 'Set Block Status',
	action: 'Block or unblock many conversations',
	description: 'Block (or unblock) incoming messages from the visitors of the chosen conversations',
	fields: [sessionIdsField(), blockField()],
	async execute(p, tools) {
		const body = { sessions: checkSessionIds(p.sessionIds, tools.fail), blocked: p.block === 'block' };
		await tools.request({ method: 'PATCH', path: '/batch/block', body });
		return batchDone(body);
	},
});
