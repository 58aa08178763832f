import { defineOperation, field } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { payloadOf } from '../../helpers/lists';
import { checkDomain, companyBody, companyFields } from './helpers';

export const create = defineOperation({
	resource: 'company',
	operation: 'create',
	name: 'Create',
	action: 'Create a company',
	description: enterpriseOnly('Create a company (a CRM record contacts can belong to)'),
	fields: [field.string('name', 'Name', { required: true, placeholder: 'e.g. Acme Inc.' }), field.collection('additionalFields', 'Additional Fields', companyFields())],
	check: (p, t) => checkDomain(p.additionalFields.domain, (f, problem) => t.fail(`Additional Fields → ${f}`, problem)),
	request: (p) => ({ method: 'POST', path: '/companies', body: companyBody({ ...p.additionalFields, name: p.name }) }),
	output: payloadOf,
});
