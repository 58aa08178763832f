import { field } from '@leadchat/core';

export const notificationIdField = () => field.id('notificationId', 'Notification ID', { numeric: true, placeholder: 'e.g. 42' });

/** Notifications of the user of the credential, 15 per page on the server. */
export const NOTIFICATIONS_PAGE_SIZE = 15;
