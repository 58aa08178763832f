import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { labelsField } from '../../descriptions';
import { readCountedPage } from '../../helpers/lists';
import { PAGE_SIZE, collectPages } from '../../transport';

const SORTS = ['name', 'email', 'phone_number', 'last_activity_at', 'created_at', 'company_name', 'city', 'country'];

export const getAll = defineOperation<{ returnAll: boolean; limit?: number; options: { sort?: string; direction?: string; labels?: string[]; includeContactInboxes?: boolean } }>({
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
	async execute(p, _tools, i) {
		const o = p.options;
		const qs = {
			sort: o.sort ? `${o.direction === 'asc' ? '' : '-'}${o.sort}` : undefined,
			labels: o.labels?.length ? o.labels : undefined,
			include_contact_inboxes: o.includeContactInboxes === false ? 'false' : undefined,
		};
		return collectPages.call(this, { method: 'GET', path: '/contacts', qs }, i, PAGE_SIZE.contacts, readCountedPage, p);
	},
});
