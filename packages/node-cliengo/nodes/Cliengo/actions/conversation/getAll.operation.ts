import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { conversationList } from '../../helpers/lists';

export const getAll = defineOperation({
	resource: 'conversation',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many conversations',
	description: 'List conversations, newest first',
	fields: [...returnAllOrLimit(1050, 50)],
	list: conversationList,
});
