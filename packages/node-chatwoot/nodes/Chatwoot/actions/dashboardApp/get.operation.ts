import { apiPath, defineOperation } from '@leadchat/core';
import { dashboardAppField } from '../../descriptions';

export const get = defineOperation({
	resource: 'dashboardApp',
	operation: 'get',
	name: 'Get',
	action: 'Get a dashboard app',
	fields: [dashboardAppField()],
	request: (p) => ({ method: 'GET', path: apiPath`/dashboard_apps/${p.dashboardAppId}` }),
});
