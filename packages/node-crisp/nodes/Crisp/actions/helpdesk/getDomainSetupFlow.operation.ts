import { defineOperation, field } from '@leadchat/core';

export const getDomainSetupFlow = defineOperation({
	resource: 'helpdesk',
	operation: 'getDomainSetupFlow',
	name: 'Get Domain Setup Flow',
	action: 'Get the helpdesk custom domain setup',
	description: 'The DNS records a custom domain needs to serve the helpdesk',
	fields: [field.string('custom', 'Custom Domain', { placeholder: 'e.g. help.example.com', description: "Leave empty for the helpdesk's current custom domain" })],
	request: (p) => ({ method: 'GET', path: '/helpdesk/domain/setup', qs: { custom: p.custom } }),
});
