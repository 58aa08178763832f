import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { visitorsList } from '../../lists';

export const getAll = defineOperation({
	resource: 'visitor',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many visitors',
	description: 'List visitors, most recent chat first (page by page until Chaport gives no next page)',
	fields: [...returnAllOrLimit()],
	list: visitorsList,
});
