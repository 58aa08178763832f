import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { siteList } from '../../helpers/lists';

export const getAll = defineOperation({
	resource: 'site',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many sites',
	description: 'List the websites of the account',
	fields: [...returnAllOrLimit(1050, 50)],
	list: siteList,
});
