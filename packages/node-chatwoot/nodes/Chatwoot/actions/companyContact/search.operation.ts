import { apiPath, defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { companyField } from '../../descriptions';
import { enterpriseOnly } from '../../helpers/enterprise';
import { PAGE_SIZE, readAttachmentPage } from '../../helpers/lists';

export const search = defineOperation({
	resource: 'companyContact',
	operation: 'search',
	name: 'Search',
	action: 'Search contacts to add to a company',
	description: enterpriseOnly('Find contacts that are not in the company yet, by name, email, phone number or identifier'),
	fields: [
		companyField(),
		field.string('query', 'Search Text', { required: true, placeholder: 'e.g. jane@example.com', description: 'Matched (case-insensitive, partially) against name, email, phone number and identifier' }),
		...returnAllOrLimit(),
	],
	list: {
		request: (p) => ({ method: 'GET', path: apiPath`/companies/${p.companyId}/contacts/search`, qs: { q: p.query } }),
		paging: paging.pageNumber(PAGE_SIZE.companyContacts),
		read: readAttachmentPage,
	},
});
