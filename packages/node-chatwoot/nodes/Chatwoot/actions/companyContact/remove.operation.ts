import { apiPath, defineOperation } from '@leadchat/core';
import { companyField, contactField } from '../../descriptions';
import { enterpriseOnly } from '../../helpers/enterprise';

export const remove = defineOperation({
	resource: 'companyContact',
	operation: 'remove',
	name: 'Remove',
	action: 'Remove a contact from a company',
	description: enterpriseOnly('Take the contact out of the company (the contact is kept)'),
	fields: [companyField(), contactField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/companies/${p.companyId}/contacts/${p.contactId}` }),
	output: (_body, p) => ({ success: true, companyId: Number(p.companyId), contactId: Number(p.contactId) }),
});
