import { apiPath, defineOperation, field } from '@leadchat/core';
import { dashboardAppField } from '../../descriptions';
import { checkAppUrl, dashboardAppBody, urlField } from './helpers';

export const update = defineOperation({
	resource: 'dashboardApp',
	operation: 'update',
	name: 'Update',
	action: 'Update a dashboard app',
	fields: [
		dashboardAppField(),
		field.collection('updateFields', 'Update Fields', [field.string('title', 'Title'), urlField(false)], {
			requireOne: 'needs at least one field to change',
		}),
	],
	check: (p, t) => {
		checkAppUrl(p.updateFields.url, 'Update Fields → URL', t.fail);
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/dashboard_apps/${p.dashboardAppId}`, body: dashboardAppBody(p.updateFields) }),
});
