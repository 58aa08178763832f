import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { conversationMessages, listOptionFields } from './fields';

export const getAll = defineOperation({
	resource: 'message',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many messages of a conversation',
	description: "The messages of a conversation, newest first (or oldest first), read back in time with Crisp's timestamp cursor",
	fields: [sessionField(), ...returnAllOrLimit(), field.collection('options', 'Options', listOptionFields, { placeholder: 'Add Option' })],
	list: conversationMessages,
});
