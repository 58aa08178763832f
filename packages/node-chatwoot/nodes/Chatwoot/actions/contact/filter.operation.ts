import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { filterFields, filterPayload, type FilterCondition } from '../../descriptions';
import { readCountedPage } from '../../helpers/lists';
import { PAGE_SIZE, collectPages } from '../../transport';

type Params = { filterMode?: string; conditions?: FilterCondition[]; filterJson?: unknown; returnAll: boolean; limit?: number };

export const filter = defineOperation<Params>({
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
	async execute(p, tools, i) {
		const payload = filterPayload(p, tools.fail);
		return collectPages.call(this, { method: 'POST', path: '/contacts/filter', body: { payload } }, i, PAGE_SIZE.contacts, readCountedPage, p);
	},
});
