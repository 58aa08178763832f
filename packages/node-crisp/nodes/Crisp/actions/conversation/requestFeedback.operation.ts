import { apiPath, defineOperation } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done, EMPTY_BODY } from './fields';

export const requestFeedback = defineOperation({
	resource: 'conversation',
	operation: 'requestFeedback',
	name: 'Request Feedback',
	action: 'Ask the visitor to rate a conversation',
	description: 'Show the visitor the rating prompt (satisfaction feedback) in the chat',
	fields: [sessionField()],
	request: (p) => ({ method: 'POST', path: apiPath`/conversation/${p.sessionId}/feedback`, ...EMPTY_BODY }),
	output: (_body, p) => done(p.sessionId),
});
