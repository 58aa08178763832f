import { apiPath, defineOperation } from '@leadchat/core';
import { answerOrDone, conversationField } from '../../descriptions';
import { messageIdField } from './helpers';

export const retry = defineOperation({
	resource: 'message',
	operation: 'retry',
	name: 'Retry',
	action: 'Retry sending a failed message',
	fields: [conversationField(), messageIdField()],
	request: (p) => ({ method: 'POST', path: apiPath`/conversations/${p.conversationId}/messages/${p.messageId}/retry` }),
	output: (body, p) => answerOrDone(body, p.messageId),
});
