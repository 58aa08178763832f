import { defineOperation, field } from '@leadchat/core';
import { compact } from '../../descriptions';

interface Params {
	updateFields: { name?: string; contactName?: string; taxId?: string };
}

export const update = defineOperation<Params>({
	resource: 'account',
	operation: 'update',
	name: 'Update',
	action: 'Update the account',
	description: 'Change the company name, contact name or tax ID (PUT /account)',
	fields: [
		field.collection('updateFields', 'Update Fields', [
			field.string('name', 'Company Name'),
			field.string('contactName', 'Contact Name'),
			field.string('taxId', 'Tax ID', { placeholder: '30-12312312-8' }),
		]),
	],
	check(p, tools) {
		if (Object.keys(compact(p.updateFields)).length === 0) tools.fail('Update Fields', 'needs at least one field to change');
	},
	request: (p) => ({ method: 'PUT', path: '/account', body: compact(p.updateFields) }),
});
