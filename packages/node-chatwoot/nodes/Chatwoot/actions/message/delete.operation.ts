import { apiPath, defineOperation } from '@leadchat/core';
import { conversationField } from '../../descriptions';
import { messageIdField } from './helpers';

export const deleteMessage = defineOperation({
	resource: 'message',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a message',
	description: 'The message stays, its content replaced by "This message was deleted"; the output is the message afterwards',
	fields: [conversationField(), messageIdField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/conversations/${p.conversationId}/messages/${p.messageId}` }),
});
