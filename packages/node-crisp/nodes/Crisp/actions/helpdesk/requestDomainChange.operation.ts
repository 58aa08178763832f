import { compact, defineOperation, field } from '@leadchat/core';

export const requestDomainChange = defineOperation({
	resource: 'helpdesk',
	operation: 'requestDomainChange',
	name: 'Request Domain Change',
	action: 'Request a helpdesk domain change',
	description: 'Change the Crisp subdomain or the custom domain of the helpdesk',
	fields: [
		field.collection(
			'domains',
			'Domains',
			[
				field.string('basic', 'Subdomain', { placeholder: 'e.g. acme', description: 'The address on Crisp\'s domain (acme gives acme.help.crisp.chat)' }),
				field.string('custom', 'Custom Domain', { placeholder: 'e.g. help.example.com', description: 'Your own domain (then set up its DNS records: see Get Domain Setup Flow)' }),
			],
			{ requireOne: 'needs a subdomain or a custom domain' },
		),
	],
	request: (p) => ({ method: 'PATCH', path: '/helpdesk/domain', body: compact({ basic: p.domains.basic, custom: p.domains.custom }) }),
	output: (_body, p) => ({ success: true, ...compact({ basic: p.domains.basic, custom: p.domains.custom }) }),
});
