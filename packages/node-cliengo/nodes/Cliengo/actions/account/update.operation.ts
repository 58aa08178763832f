import { compact, defineOperation, field } from '@leadchat/core';

export const update = defineOperation({
	resource: 'account',
	operation: 'update',
	name: 'Update',
	action: 'Update the account',
	description: 'Change the company name, contact name or tax ID (PUT /account)',
	fields: [
		field.collection(
			'updateFields',
			'Update Fields',
			[field.string('name', 'Company Name'), field.string('contactName', 'Contact Name'), field.string('taxId', 'Tax ID', { placeholder: '30-12312312-8' })],
			{ requireOne: 'needs at least one field to change' },
		),
	],
	request: (p) => ({ method: 'PUT', path: '/account', body: compact(p.updateFields, 'empty') }),
});
