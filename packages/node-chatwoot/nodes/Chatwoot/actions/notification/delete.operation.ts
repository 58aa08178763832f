import { apiPath, defineOperation } from '@leadchat/core';
import { notificationIdField } from './helpers';

export const deleteNotification = defineOperation({
	resource: 'notification',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a notification',
	fields: [notificationIdField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/notifications/${p.notificationId}` }),
	output: (_body, p) => ({ success: true, id: Number(p.notificationId) }),
});
