import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { PAGE_SIZE, readAttachmentPage } from '../../helpers/lists';

export const getAll = defineOperation({
	resource: 'company',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many companies',
	description: enterpriseOnly('List the companies of the account by name (25 per page on the server)'),
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/companies' }), paging: paging.pageNumber(PAGE_SIZE.companies), read: readAttachmentPage },
});
