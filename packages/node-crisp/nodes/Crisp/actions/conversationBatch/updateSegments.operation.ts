import { defineOperation, field } from '@leadchat/core';
import { batchDone, checkSessionIds, sessionIdsField } from './fields';

export const updateSegments = defineOperation({
	resource: 'conversationBatch',
	operation: 'updateSegments',
	name: 'Set Segments',
	action: 'Set the segments of many conversations',
	description: 'Give the chosen conversations these segments (they replace the segments each one has)',
	fields: [sessionIdsField(), field.stringList('segments', 'Segments', { required: true, placeholder: 'e.g. lead, vip' })],
	async execute(p, tools) {
		const sessions = checkSessionIds(p.sessionIds, tools.fail);
		const body = { sessions, segments: p.segments };
		await tools.request({ method: 'PATCH', path: '/batch/segments', body });
		return batchDone(body);
	},
});
