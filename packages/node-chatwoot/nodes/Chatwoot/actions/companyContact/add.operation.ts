import { apiPath, defineOperation } from '@leadchat/core';
import { companyField, contactField } from '../../descriptions';
import { enterpriseOnly } from '../../helpers/enterprise';
import { payloadOf } from '../../helpers/lists';

export const add = defineOperation({
	resource: 'companyContact',
	operation: 'add',
	name: 'Add',
	action: 'Add a contact to a company',
	description: enterpriseOnly('Make the contact a member of the company (a contact belongs to one company at most: it leaves its former one)'),
	fields: [companyField(), contactField()],
	request: (p) => ({ method: 'POST', path: apiPath`/companies/${p.companyId}/contacts`, body: { contact_id: Number(p.contactId) } }),
	output: payloadOf,
});
