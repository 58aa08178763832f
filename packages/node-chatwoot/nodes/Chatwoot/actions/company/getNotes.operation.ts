import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { companyField } from '../../descriptions';
import { enterpriseOnly } from '../../helpers/enterprise';

export const getNotes = defineOperation({
	resource: 'company',
	operation: 'getNotes',
	name: 'Get Notes',
	action: 'Get notes of a company',
	description: enterpriseOnly("The latest notes on the company's contacts, each with its contact (the server sends at most 20, newest first)"),
	fields: [companyField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/companies/${p.companyId}/notes` }), paging: paging.whole() },
});
