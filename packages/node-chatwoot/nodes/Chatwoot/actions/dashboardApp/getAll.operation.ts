import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'dashboardApp',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many dashboard apps',
	description: 'List the dashboard apps of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	request: () => ({ method: 'GET', path: '/dashboard_apps' }),
	output: sliceList,
});
