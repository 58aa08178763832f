import { apiPath, defineOperation, field } from '@leadchat/core';
import { inboxField, sessionField } from '../../descriptions';
import { done, requiredWhen } from './fields';

export const setInbox = defineOperation({
	resource: 'conversation',
	operation: 'setInbox',
	name: 'Set Inbox',
	action: 'Move a conversation to an inbox',
	description: 'Move a conversation to another inbox, or out of every inbox',
	fields: [
		sessionField(),
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
	check: (p, tools) => {
		if (p.moveTo === 'inbox' && !p.inboxId) tools.fail('Inbox', 'is required');
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/conversation/${p.sessionId}/inbox`, body: { inbox_id: p.moveTo === 'inbox' ? p.inboxId : null } }),
	output: (_body, p) => done(p.sessionId, { inbox_id: p.moveTo === 'inbox' ? (p.inboxId ?? null) : null }),
});
