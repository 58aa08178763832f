import { apiPath, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done } from './fields';

export const setBlock = defineOperation({
	resource: 'conversation',
	operation: 'setBlock',
	name: 'Set Block Status',
	action: 'Block or unblock a conversation',
	description: 'Block (or unblock) incoming messages from the visitor of this conversation',
	fields: [
		sessionField(),
		field.options(
			'block',
			'Action',
			[
				{ name: 'Block', value: 'block', description: 'Stop receiving messages from this visitor' },
				{ name: 'Unblock', value: 'unblock' },
			],
			{ required: true, default: 'block' },
		),
	],
	request: (p) => ({ method: 'PATCH', path: apiPath`/conversation/${p.sessionId}/block`, body: { blocked: p.block === 'block' } }),
	output: (_body, p) => done(p.sessionId, { blocked: p.block === 'block' }),
});
