import { apiPath, defineOperation } from '@leadchat/core';
import { notificationIdField } from './helpers';

export const markUnread = defineOperation({
	resource: 'notification',
	operation: 'markUnread',
	name: 'Mark as Unread',
	action: 'Mark a notification as unread',
	fields: [notificationIdField()],
	request: (p) => ({ method: 'POST', path: apiPath`/notifications/${p.notificationId}/unread` }),
});
