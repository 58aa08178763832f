import { defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { PAGE_SIZE, readNotificationPage } from '../../helpers/lists';

export const getAll = defineOperation({
	resource: 'notification',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many notifications',
	description: 'Notifications of the user of the credential (mentions, assignments, new messages…)',
	fields: [
		...returnAllOrLimit(),
		field.collection('options', 'Options', [
			field.options(
				'sortOrder',
				'Sort Order',
				[
					{ name: 'Newest First', value: 'desc' },
					{ name: 'Oldest First', value: 'asc' },
				],
				{ default: 'desc' },
			),
		]),
	],
	list: {
		request: (p) => ({ method: 'GET', path: '/notifications', qs: { sort_order: p.options.sortOrder } }),
		paging: paging.pageNumber(PAGE_SIZE.notifications),
		read: readNotificationPage,
	},
});
