import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { pagedList } from '../../lists';

export const getAll = defineOperation({
	resource: 'visitor',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many visitors',
	description: 'List the visitors browsing the website now (session, name, email, last page, location)',
	fields: [...returnAllOrLimit()],
	list: pagedList(() => '/visitors/list', undefined, 'session_id'),
});
