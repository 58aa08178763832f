import { defineOperation } from '@leadchat/core';
import { batchDone, scopeBody, scopeFields, scopeRequest } from './fields';

export const unresolve = defineOperation({
	resource: 'conversationBatch',
	operation: 'unresolve',
	name: 'Unresolve',
	action: 'Reopen many conversations',
	description: 'Mark the chosen conversations, those of an inbox, or all of them, as unresolved in one request',
	fields: [...scopeFields(true)],
	async execute(p, tools) {
		const body = scopeBody(p, tools.fail);
		await tools.request(scopeRequest('/batch/unresolve', body));
		return batchDone(body);
	},
});
