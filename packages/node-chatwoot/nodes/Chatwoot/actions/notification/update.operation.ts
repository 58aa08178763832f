import { apiPath, defineOperation } from '@leadchat/core';
import { notificationIdField } from './helpers';

export const update = defineOperation({
	resource: 'notification',
	operation: 'update',
	name: 'Mark as Read',
	action: 'Mark a notification as read',
	fields: [notificationIdField()],
	request: (p) => ({ method: 'PATCH', path: apiPath`/notifications/${p.notificationId}` }),
});
