import { defineOperation, field } from '@leadchat/core';
import { inboxField } from '../../descriptions';
import { requiredWhen } from '../conversation/fields';
import { batchDone, checkSessionIds, sessionIdsField } from './fields';

export const setInbox = defineOperation({
	resource: 'conversationBatch',
	operation: 'setInbox',
	name: 'Set Inbox',
	action: 'Move many conversations to an inbox',
	description: 'Move the chosen conversations to an inbox, or out of every inbox',
	fields: [
		sessionIdsField(),
		field.options(
			'moveTo',
			'Move To',
			[
				{ name: 'An Inbox', value: 'inbox' },
				{ name: 'No Inbox', value: 'none', description: 'The main inbox' },
			],
			{ required: true, default: 'inbox' },
		),
		requiredWhen(inboxField('inboxId', 'Inbox', false), { moveTo: ['inbox'] }),
	],
	async execute(p, tools) {
		const sessions = checkSessionIds(p.sessionIds, tools.fail);
		if (p.moveTo === 'inbox' && !p.inboxId) tools.fail('Inbox', 'is required');
		const body = { sessions, inbox_id: p.moveTo === 'inbox' ? p.inboxId : null };
		await tools.request({ method: 'PATCH', path: '/batch/inbox', body });
		return batchDone(body);
	},
});
