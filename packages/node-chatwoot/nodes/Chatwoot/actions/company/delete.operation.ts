import { apiPath, defineOperation } from '@leadchat/core';
import { companyField } from '../../descriptions';
import { enterpriseOnly } from '../../helpers/enterprise';

export const deleteCompany = defineOperation({
	resource: 'company',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a company',
	description: enterpriseOnly('Delete a company (its contacts are kept)'),
	fields: [companyField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/companies/${p.companyId}` }),
	output: (_body, p) => ({ success: true, id: Number(p.companyId) }),
});
