import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { readNotificationPage } from '../../helpers/lists';
import { collectPages } from '../../transport';
import { NOTIFICATIONS_PAGE_SIZE } from './notificationFields';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number; options: { sortOrder?: string } }>({
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
	async execute(p, _tools, i) {
		const qs = { sort_order: p.options.sortOrder };
		return collectPages.call(this, { method: 'GET', path: '/notifications', qs }, i, NOTIFICATIONS_PAGE_SIZE, readNotificationPage, p);
	},
});
