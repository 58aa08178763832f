import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';

export const getAll = defineOperation({
	resource: 'dashboardApp',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many dashboard apps',
	description: 'List the dashboard apps of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/dashboard_apps' }), paging: paging.whole() },
});
