import { defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';
import { PAGE_SIZE, readAttachmentPage } from '../../helpers/lists';

export const search = defineOperation({
	resource: 'company',
	operation: 'search',
	name: 'Search',
	action: 'Search companies',
	description: enterpriseOnly('Find companies whose name or domain contains the text'),
	fields: [
		field.string('query', 'Search Text', { required: true, placeholder: 'e.g. acme', description: 'Matched (case-insensitive, partially) against name and domain' }),
		...returnAllOrLimit(),
	],
	list: { request: (p) => ({ method: 'GET', path: '/companies/search', qs: { q: p.query } }), paging: paging.pageNumber(PAGE_SIZE.companies), read: readAttachmentPage },
});
