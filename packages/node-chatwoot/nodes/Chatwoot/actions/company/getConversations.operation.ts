import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { companyField } from '../../descriptions';
import { enterpriseOnly } from '../../helpers/enterprise';

export const getConversations = defineOperation({
	resource: 'company',
	operation: 'getConversations',
	name: 'Get Conversations',
	action: 'Get conversations of a company',
	description: enterpriseOnly("The conversations of the company's contacts (the server sends them in one answer)"),
	fields: [companyField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/companies/${p.companyId}/conversations` }), paging: paging.whole() },
});
