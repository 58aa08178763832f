import { apiPath, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';

export const getOriginal = defineOperation({
	resource: 'message',
	operation: 'getOriginal',
	name: 'Get Original',
	action: 'Get the original of a message',
	description: "The original of a message that came from another channel (e.g. the full email, with its headers), by the message's original.original_id",
	fields: [sessionField(), field.id('originalId', 'Original ID', { description: "The message's original.original_id" })],
	request: (p) => ({ method: 'GET', path: apiPath`/conversation/${p.sessionId}/original/${p.originalId}` }),
});
