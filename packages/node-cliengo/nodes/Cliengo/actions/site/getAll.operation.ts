import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { drain, pagedList } from '../../transport';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'site',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many sites',
	description: 'List the websites of the account',
	fields: [...returnAllOrLimit(1050, 50)],
	execute(p, _tools, itemIndex) {
		return drain(pagedList.call(this, '/sites', {}, p.returnAll ? Infinity : (p.limit ?? 50), itemIndex));
	},
});
