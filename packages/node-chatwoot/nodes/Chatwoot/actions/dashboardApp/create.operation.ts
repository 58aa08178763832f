import { defineOperation, field } from '@leadchat/core';
import { checkAppUrl, dashboardAppBody, urlField } from './helpers';

export const create = defineOperation({
	resource: 'dashboardApp',
	operation: 'create',
	name: 'Create',
	action: 'Create a dashboard app',
	description: 'Embed a page of your own as a tab next to the conversations',
	fields: [field.string('title', 'Title', { required: true }), urlField(true)],
	check: (p, t) => checkAppUrl(p.url, 'URL', t.fail),
	request: (p) => ({ method: 'POST', path: '/dashboard_apps', body: dashboardAppBody(p) }),
});
