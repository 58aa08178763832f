import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { companyField } from '../../descriptions';
import { enterpriseOnly } from '../../helpers/enterprise';
import { PAGE_SIZE, readAttachmentPage } from '../../helpers/lists';

export const getAll = defineOperation({
	resource: 'companyContact',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many contacts of a company',
	description: enterpriseOnly('List the contacts of a company by name (15 per page on the server)'),
	fields: [companyField(), ...returnAllOrLimit()],
	list: {
		request: (p) => ({ method: 'GET', path: apiPath`/companies/${p.companyId}/contacts` }),
		paging: paging.pageNumber(PAGE_SIZE.companyContacts),
		read: readAttachmentPage,
	},
});
