import { apiPath, defineOperation, field } from '@leadchat/core';
import { notificationIdField } from './helpers';

export const snooze = defineOperation({
	resource: 'notification',
	operation: 'snooze',
	name: 'Snooze',
	action: 'Snooze a notification',
	fields: [notificationIdField(), field.dateTime('snoozedUntil', 'Snoozed Until', { required: true, description: 'When the notification comes back' })],
	request: (p) => ({
		method: 'POST',
		path: apiPath`/notifications/${p.notificationId}/snooze`,
		body: { snoozed_until: new Date(p.snoozedUntil).toISOString() },
	}),
});
