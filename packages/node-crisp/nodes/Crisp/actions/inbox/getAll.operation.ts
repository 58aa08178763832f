import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { pagedList } from '../../lists';

export const getAll = defineOperation({
	resource: 'inbox',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many inboxes',
	fields: [...returnAllOrLimit()],
	list: pagedList(() => '/inboxes/list', undefined, 'inbox_id'),
});
