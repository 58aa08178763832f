import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done, EMPTY_BODY } from './fields';

export const purgeBinding = defineOperation({
	resource: 'conversation',
	operation: 'purgeBinding',
	name: 'Purge Chatbox Binding',
	action: "Unbind a conversation from the visitor's chatbox",
	description: "Detach the conversation from the browser it was started in, so that chatbox no longer shows it (e.g. on a shared computer, or when the visitor logs out)",
	fields: [sessionField()],
	request: (p) => ({ method: 'POST', path: apiPath`/conversation/${p.sessionId}/purge`, ...EMPTY_BODY }),
	output: (_body, p) => done(p.sessionId),
});
