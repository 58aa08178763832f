import { defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { labelsField } from '../../descriptions';
import { PAGE_SIZE, readCountedPage } from '../../helpers/lists';

const SORTS = ['name', 'email', 'phone_number', 'last_activity_at', 'created_at', 'company_name', 'city', 'country'];

export const getAll = defineOperation({
	resource: 'contact',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many contacts',
	description: 'List the contacts of the account (15 per page on the server)',
	fields: [
		...returnAllOrLimit(),
		field.collection('options', 'Options', [
			field.options('sort', 'Sort By', SORTS.map((s) => ({ name: s.replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()), value: s })), { default: 'last_activity_at' }),
			field.options('direction', 'Sort Direction', [
				{ name: 'Descending', value: 'desc' },
				{ name: 'Ascending', value: 'asc' },
			]),
			labelsField('labels', 'Labels', false),
			field.boolean('includeContactInboxes', 'Include Contact Inboxes', { default: true }),
		]),
	],
	list: {
		request: ({ options: o }) => ({
			method: 'GET',
			path: '/contacts',
			qs: {
				sort: o.sort ? `${o.direction === 'asc' ? '' : '-'}${o.sort}` : undefined,
				labels: o.labels?.length ? o.labels : undefined,
				include_contact_inboxes: o.includeContactInboxes === false ? 'false' : undefined,
			},
		}),
		paging: paging.pageNumber(PAGE_SIZE.contacts),
		read: readCountedPage,
	},
});
