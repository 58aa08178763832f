import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { drain, pagedList } from '../../transport';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'chatbot',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many chatbots',
	description: 'List the chatbots of every site (GET /sites/chatbots)',
	fields: [...returnAllOrLimit(1050, 50)],
	execute(p, _tools, itemIndex) {
		return drain(pagedList.call(this, '/sites/chatbots', {}, p.returnAll ? Infinity : (p.limit ?? 50), itemIndex));
	},
});
