import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { visitorField } from '../../descriptions';
import { visitorChatsList } from '../../lists';

export const getAll = defineOperation({
	resource: 'chat',
	operation: 'getAll',
	name: 'Get Many',
	action: "Get many of a visitor's chats",
	description: 'The latest chat first, then the older ones (one request each); a visitor without a chat has none',
	fields: [visitorField(), ...returnAllOrLimit(100, 10)],
	list: visitorChatsList,
});
