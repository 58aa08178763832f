import { collect, defineOperation, returnAllOrLimit, wantedCount } from '@leadchat/core';
import { readCountedPage } from '../../helpers/lists';
import { PAGE_SIZE, pagedList } from '../../transport';

export const getActive = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'contact',
	operation: 'getActive',
	name: 'Get Online',
	action: 'Get online contacts',
	description: 'Contacts who are online right now (15 per page on the server)',
	fields: [...returnAllOrLimit()],
	async execute(p, _tools, i) {
		const wanted = wantedCount(p.returnAll, p.limit);
		return collect(pagedList.call(this, { method: 'GET', path: '/contacts/active' }, i, PAGE_SIZE.contacts, readCountedPage, wanted), {
			returnAll: p.returnAll,
			limit: p.limit,
			uniqueBy: (c) => String(c.id),
		});
	},
});
