import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { chatbotList } from '../../helpers/lists';

export const getAll = defineOperation({
	resource: 'chatbot',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many chatbots',
	description: 'List the chatbots of every site (GET /sites/chatbots)',
	fields: [...returnAllOrLimit(1050, 50)],
	list: chatbotList,
});
