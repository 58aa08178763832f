import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { readCountedPage } from '../../helpers/lists';
import { PAGE_SIZE, collectPages } from '../../transport';

export const getActive = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'contact',
	operation: 'getActive',
	name: 'Get Online',
	action: 'Get online contacts',
	description: 'Contacts who are online right now (15 per page on the server)',
	fields: [...returnAllOrLimit()],
	async execute(p, _tools, i) {
		return collectPages.call(this, { method: 'GET', path: '/contacts/active' }, i, PAGE_SIZE.contacts, readCountedPage, p);
	},
});
