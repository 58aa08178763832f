import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { readHasMorePage } from '../../helpers/lists';
import { PAGE_SIZE, collectPages } from '../../transport';

const SORTS = [
	{ name: 'Name', value: 'name' },
	{ name: 'Email', value: 'email' },
	{ name: 'Phone Number', value: 'phone_number' },
	{ name: 'Last Activity At', value: 'last_activity_at' },
];

export const search = defineOperation<{ query: string; returnAll: boolean; limit?: number; options: { sort?: string; direction?: string } }>({
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
	async execute(p, _tools, i) {
		const o = p.options;
		const qs = { q: p.query, sort: o.sort ? `${o.direction === 'asc' ? '' : '-'}${o.sort}` : undefined };
		return collectPages.call(this, { method: 'GET', path: '/contacts/search', qs }, i, PAGE_SIZE.contacts, readHasMorePage, p);
	},
});
