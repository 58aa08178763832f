import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { teamsList } from '../../lists';

export const getAll = defineOperation({
	resource: 'team',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many teams',
	fields: [...returnAllOrLimit()],
	list: teamsList,
});
