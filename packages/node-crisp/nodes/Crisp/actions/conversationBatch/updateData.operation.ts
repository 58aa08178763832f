import { defineOperation, field } from '@leadchat/core';
import { batchDone, checkSessionIds, sessionIdsField } from './fields';

export const updateData = defineOperation({
	resource: 'conversationBatch',
	operation: 'updateData',
	name: 'Update Data',
	action: 'Update the custom data of many conversations',
	description: 'Set custom data keys on the chosen conversations (merged with the data they have)',
	fields: [sessionIdsField(), field.keyValue('data', 'Data', { required: true, keyName: 'Key', valueName: 'Value' })],
	async execute(p, tools) {
		const sessions = checkSessionIds(p.sessionIds, tools.fail);
		if (Object.keys(p.data).length === 0) tools.fail('Data', 'needs at least one key');
		const body = { sessions, data: p.data };
		await tools.request({ method: 'PATCH', path: '/batch/data', body });
		return batchDone(body);
	},
});
