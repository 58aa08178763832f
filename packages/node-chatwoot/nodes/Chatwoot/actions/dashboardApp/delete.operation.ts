import { apiPath, defineOperation } from '@leadchat/core';
import { dashboardAppField } from '../../descriptions';

export const deleteDashboardApp = defineOperation({
	resource: 'dashboardApp',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a dashboard app',
	fields: [dashboardAppField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/dashboard_apps/${p.dashboardAppId}` }),
});
