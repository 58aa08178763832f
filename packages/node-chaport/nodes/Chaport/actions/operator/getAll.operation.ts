import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { operatorsList } from '../../lists';

export const getAll = defineOperation({
	resource: 'operator',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many operators',
	fields: [...returnAllOrLimit()],
	list: operatorsList,
});
