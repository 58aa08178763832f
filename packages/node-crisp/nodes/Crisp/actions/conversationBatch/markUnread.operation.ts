import { defineOperation } from '@leadchat/core';
import { batchDone, scopeBody, scopeFields, scopeRequest } from './fields';

export const markUnread = defineOperation({
	resource: 'conversationBatch',
	operation: 'markUnread',
	name: 'Mark Unread',
	action: 'Mark many conversations as unread',
	description: 'Mark the chosen conversations, those of an inbox, or all of them, as unread for the team',
	fields: [...scopeFields(true)],
	async execute(p, tools) {
		const body = scopeBody(p, tools.fail);
		await tools.request(scopeRequest('/batch/unread', body));
		return batchDone(body);
	},
});
