import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done, inboxOf, moveToFields } from './fields';

export const setInbox = defineOperation({
	resource: 'conversation',
	operation: 'setInbox',
	name: 'Set Inbox',
	action: 'Move a conversation to an inbox',
	description: 'Move a conversation to another inbox, or out of every inbox',
	fields: [sessionField(), ...moveToFields],
	async execute(p, tools) {
		const inboxId = inboxOf(p, tools.fail);
		await tools.request({ method: 'PATCH', path: apiPath`/conversation/${p.sessionId}/inbox`, body: { inbox_id: inboxId } });
		return done(p.sessionId, { inbox_id: inboxId });
	},
});
