import { defineOperation } from '@leadchat/core';
import { batchDone, scopeBody, scopeFields, scopeRequest } from './fields';

export const deleteMany = defineOperation({
	resource: 'conversationBatch',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete many conversations',
	description: 'Delete the chosen conversations, or every conversation of an inbox, for good',
	fields: [...scopeFields(false)],
	async execute(p, tools) {
		const body = scopeBody(p, tools.fail);
		await tools.request(scopeRequest('/batch/remove', body));
		return batchDone(body);
	},
});
