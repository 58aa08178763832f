import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { drain, pagedList } from '../../transport';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'conversation',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many conversations',
	description: 'List conversations, newest first',
	fields: [...returnAllOrLimit(1050, 50)],
	execute(p, _tools, itemIndex) {
		return drain(pagedList.call(this, '/conversations', {}, p.returnAll ? Infinity : (p.limit ?? 50), itemIndex));
	},
});
