import { defineOperation, field } from '@leadchat/core';

export const create = defineOperation({
	resource: 'website',
	operation: 'create',
	name: 'Create',
	action: 'Create a website',
	description: 'Create a Crisp website (workspace); needs a user-tier token',
	fields: [field.string('name', 'Name', { required: true, placeholder: 'e.g. Acme Store' }), field.string('domain', 'Domain', { required: true, placeholder: 'e.g. acme.com' })],
	request: (p) => ({ method: 'POST', path: '/website', body: { name: p.name, domain: p.domain } }),
});
