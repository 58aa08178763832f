import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { PAGE_SIZE, readCountedPage } from '../../helpers/lists';

export const getActive = defineOperation({
	resource: 'contact',
	operation: 'getActive',
	name: 'Get Online',
	action: 'Get online contacts',
	description: 'Contacts who are online right now (15 per page on the server)',
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/contacts/active' }), paging: paging.pageNumber(PAGE_SIZE.contacts), read: readCountedPage },
});
