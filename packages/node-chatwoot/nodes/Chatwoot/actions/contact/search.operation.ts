import { defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { PAGE_SIZE, readHasMorePage } from '../../helpers/lists';

const SORTS = [
	{ name: 'Name', value: 'name' },
	{ name: 'Email', value: 'email' },
	{ name: 'Phone Number', value: 'phone_number' },
	{ name: 'Last Activity At', value: 'last_activity_at' },
];

export const search = defineOperation({
	resource: 'contact',
	operation: 'search',
	name: 'Search',
	action: 'Search contacts',
	description: 'Find contacts whose name, email, phone number or identifier contains the text',
	fields: [
		field.string('query', 'Search Text', { required: true, placeholder: 'e.g. jane@example.com', description: 'Matched (case-insensitive, partially) against name, email, phone number and identifier' }),
		...returnAllOrLimit(),
		field.collection('options', 'Options', [
			field.options('sort', 'Sort By', SORTS, { default: 'last_activity_at' }),
			field.options('direction', 'Sort Direction', [
				{ name: 'Descending', value: 'desc' },
				{ name: 'Ascending', value: 'asc' },
			]),
		]),
	],
	list: {
		request: ({ query, options: o }) => ({ method: 'GET', path: '/contacts/search', qs: { q: query, sort: o.sort ? `${o.direction === 'asc' ? '' : '-'}${o.sort}` : undefined } }),
		paging: paging.pageNumber(PAGE_SIZE.contacts),
		read: readHasMorePage,
	},
});
