import { defineOperation, field } from '@leadchat/core';
import { batchDone, checkSessionIds, sessionIdsField } from './fields';

export const report = defineOperation({
	resource: 'conversationBatch',
	operation: 'report',
	name: 'Report',
	action: 'Report many conversations to Crisp',
	description: 'Report the chosen conversations to Crisp (e.g. as spam); Crisp removes them from the inbox',
	fields: [sessionIdsField(), field.string('flag', 'Flag', { required: true, placeholder: 'e.g. spam', description: 'Why the conversations are reported, as Crisp names it (e.g. spam)' })],
	async execute(p, tools) {
		const body = { sessions: checkSessionIds(p.sessionIds, tools.fail), flag: p.flag };
		await tools.request({ method: 'POST', path: '/batch/report', body });
		return batchDone(body);
	},
});
