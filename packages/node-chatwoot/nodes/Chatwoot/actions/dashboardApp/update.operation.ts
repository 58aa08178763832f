import { apiPath, defineOperation, field } from '@leadchat/core';
import { dashboardAppField, requireAnyField } from '../../descriptions';
import { checkAppUrl, dashboardAppBody, urlField } from './shared';

export const update = defineOperation<{ dashboardAppId: string; updateFields: { title?: string; url?: string } }>({
	resource: 'dashboardApp',
	operation: 'update',
	name: 'Update',
	action: 'Update a dashboard app',
	fields: [dashboardAppField(), field.collection('updateFields', 'Update Fields', [field.string('title', 'Title'), urlField(false)])],
	check: (p, t) => {
		requireAnyField(p.updateFields, 'Update Fields', t.fail);
		checkAppUrl(p.updateFields.url, 'Update Fields → URL', t.fail);
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/dashboard_apps/${p.dashboardAppId}`, body: dashboardAppBody(p.updateFields) }),
});
