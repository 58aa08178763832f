import { defineOperation } from '@leadchat/core';
import { batchDone, scopeBody, scopeFields, scopeRequest } from './fields';

export const resolve = defineOperation({
	resource: 'conversationBatch',
	operation: 'resolve',
	name: 'Resolve',
	action: 'Resolve many conversations',
	description: 'Resolve the chosen conversations, those of an inbox, or all of them, in one request',
	fields: [...scopeFields(true)],
	async execute(p, tools) {
		const body = scopeBody(p, tools.fail);
		await tools.request(scopeRequest('/batch/resolve', body));
		return batchDone(body);
	},
});
