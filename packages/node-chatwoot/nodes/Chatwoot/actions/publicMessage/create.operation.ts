import { defineOperation, field } from '@leadchat/core';
import { contactIdentifierField, conversationPath, publicConversationIdField } from '../publicInbox/helpers';

export const create = defineOperation({
	resource: 'publicMessage',
	operation: 'create',
	name: 'Create',
	action: 'Send a message as the contact',
	description: 'Post an incoming message in the conversation, as the contact',
	fields: [
		contactIdentifierField(),
		publicConversationIdField(),
		field.string('content', 'Content', { required: true, rows: 4 }),
		field.collection('additionalFields', 'Additional Fields', [
			field.string('echoId', 'Echo ID', { description: 'A temporary ID of yours, sent back in the real-time events of this message' }),
		]),
	],
	request: (p) => ({
		method: 'POST',
		path: `${conversationPath(p)}/messages`,
		family: 'public',
		body: p.additionalFields.echoId !== undefined ? { content: p.content, echo_id: p.additionalFields.echoId } : { content: p.content },
	}),
});
