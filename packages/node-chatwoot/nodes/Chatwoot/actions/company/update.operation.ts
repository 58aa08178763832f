import { apiPath, defineOperation, field } from '@leadchat/core';
import { companyField } from '../../descriptions';
import { enterpriseOnly } from '../../helpers/enterprise';
import { payloadOf } from '../../helpers/lists';
import { checkDomain, companyBody, companyFields } from './helpers';

export const update = defineOperation({
	resource: 'company',
	operation: 'update',
	name: 'Update',
	action: 'Update a company',
	description: enterpriseOnly('Change a company; custom attributes given are merged into the existing ones'),
	fields: [
		companyField(),
		field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), ...companyFields()], { requireOne: 'needs at least one field to change' }),
	],
	check: (p, t) => {
		if (p.updateFields.name !== undefined && p.updateFields.name.trim() === '') t.fail('Update Fields → Name', 'must not be empty');
		checkDomain(p.updateFields.domain, (f, problem) => t.fail(`Update Fields → ${f}`, problem));
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/companies/${p.companyId}`, body: companyBody(p.updateFields) }),
	output: payloadOf,
});
