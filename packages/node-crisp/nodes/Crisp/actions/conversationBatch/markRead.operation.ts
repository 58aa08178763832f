import { defineOperation } from '@leadchat/core';
import { batchDone, scopeBody, scopeFields, scopeRequest } from './fields';

export const markRead = defineOperation({
	resource: 'conversationBatch',
	operation: 'markRead',
	name: 'Mark Read',
	action: 'Mark many conversations as read',
	description: 'Mark the messages of the chosen conversations, those of an inbox, or all of them, as read by the team',
	fields: [...scopeFields(true)],
	async execute(p, tools) {
		const body = scopeBody(p, tools.fail);
		await tools.request(scopeRequest('/batch/read', body));
		return batchDone(body);
	},
});
