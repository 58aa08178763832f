import { defineOperation, field } from '@leadchat/core';

export const initialize = defineOperation({
	resource: 'helpdesk',
	operation: 'initialize',
	name: 'Initialize',
	action: 'Initialize the helpdesk',
	description: 'Create the helpdesk of a website that has none',
	fields: [
		field.string('name', 'Name', { required: true, placeholder: 'e.g. Acme Help Center' }),
		field.string('domainBasic', 'Subdomain', {
			required: true,
			placeholder: 'e.g. acme',
			description: "The helpdesk's address on Crisp's domain (acme gives acme.help.crisp.chat)",
		}),
	],
	check: (p, t) => {
		if (!/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(p.domainBasic.trim())) t.fail('Subdomain', 'may contain only letters, digits and "-" (not at either end)');
	},
	request: (p) => ({ method: 'POST', path: '/helpdesk', body: { name: p.name, domain_basic: p.domainBasic.trim() } }),
	output: (_body, p) => ({ success: true, name: p.name, domain_basic: p.domainBasic.trim() }),
});
