import { apiPath, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done } from './fields';

export const setOpen = defineOperation({
	resource: 'conversation',
	operation: 'setOpen',
	name: 'Set Open State',
	action: 'Mark a conversation as opened or closed',
	description: 'Tell Crisp the conversation is open on your side (teammates and the visitor see it being looked at) or closed again',
	fields: [
		sessionField(),
		field.options(
			'opened',
			'State',
			[
				{ name: 'Opened', value: 'opened' },
				{ name: 'Closed', value: 'closed' },
			],
			{ required: true, default: 'opened' },
		),
	],
	request: (p) => ({ method: 'PATCH', path: apiPath`/conversation/${p.sessionId}/open`, body: { opened: p.opened === 'opened' } }),
	output: (_body, p) => done(p.sessionId, { opened: p.opened === 'opened' }),
});
