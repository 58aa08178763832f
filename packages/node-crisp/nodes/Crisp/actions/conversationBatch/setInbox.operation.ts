import { defineOperation } from '@leadchat/core';
import { inboxOf, moveToFields } from '../conversation/fields';
import { batchDone, checkSessionIds, sessionIdsField } from './fields';

export const setInbox = defineOperation({
	resource: 'conversationBatch',
	operation: 'setInbox',
	name: 'Set Inbox',
	action: 'Move many conversations to an inbox',
	description: 'Move the chosen conversations to an inbox, or out of every inbox',
	fields: [sessionIdsField(), ...moveToFields],
	async execute(p, tools) {
		const body = { sessions: checkSessionIds(p.sessionIds, tools.fail), inbox_id: inboxOf(p, tools.fail) };
		await tools.request({ method: 'PATCH', path: '/batch/inbox', body });
		return batchDone(body);
	},
});
