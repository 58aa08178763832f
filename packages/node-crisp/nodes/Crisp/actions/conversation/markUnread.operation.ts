import { apiPath, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done, FROM } from './fields';

export const markUnread = defineOperation({
	resource: 'conversation',
	operation: 'markUnread',
	name: 'Mark Unread',
	action: 'Mark a conversation as unread',
	description: 'Mark the conversation unread again, for the team (or for the visitor)',
	fields: [sessionField(), field.options('from', 'For', FROM, { required: true, default: 'operator', description: 'Whose side the conversation becomes unread on' })],
	request: (p) => ({ method: 'PATCH', path: apiPath`/conversation/${p.sessionId}/unread`, body: { from: p.from } }),
	output: (_body, p) => done(p.sessionId, { unread: p.from }),
});
