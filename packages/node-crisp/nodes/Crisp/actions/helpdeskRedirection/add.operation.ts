import { defineOperation, field } from '@leadchat/core';

export const add = defineOperation({
	resource: 'helpdeskRedirection',
	operation: 'add',
	name: 'Add',
	action: 'Add a helpdesk redirection',
	description: 'Send readers of an old helpdesk path to another page',
	fields: [
		field.string('redirectionPath', 'Path', { required: true, placeholder: 'e.g. /old-install', description: 'The path readers come to' }),
		field.string('target', 'Target', { required: true, placeholder: 'e.g. /en/article/install', description: 'Where they are sent: a path of the helpdesk or a URL' }),
	],
	request: (p) => ({ method: 'POST', path: '/helpdesk/redirection', body: { path: p.redirectionPath, target: p.target } }),
	output: (body, p) => ({ success: true, ...(body && typeof body === 'object' && !Array.isArray(body) ? body : {}), path: p.redirectionPath, target: p.target }),
});
