import { defineOperation, paging, refuse, returnAllOrLimit } from '@leadchat/core';
import { filterFields, filterPayload } from '../../descriptions';
import { PAGE_SIZE, readCountedPage } from '../../helpers/lists';

export const filter = defineOperation({
	resource: 'contact',
	operation: 'filter',
	name: 'Filter',
	action: 'Filter contacts',
	description: 'Contacts matching conditions on their attributes (standard or custom)',
	fields: [
		...filterFields(
			'A contact attribute: name, email, phone_number, identifier, country_code, city, company, created_at, last_activity_at, blocked, labels, or a custom attribute key',
			'[{"attribute_key": "email", "filter_operator": "contains", "values": ["@example.com"]}]',
		),
		...returnAllOrLimit(),
	],
	list: {
		request: (p) => ({ method: 'POST', path: '/contacts/filter', body: { payload: filterPayload(p, refuse) } }),
		paging: paging.pageNumber(PAGE_SIZE.contacts),
		read: readCountedPage,
	},
});
