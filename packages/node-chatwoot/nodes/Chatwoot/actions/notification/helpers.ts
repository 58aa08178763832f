import { field } from '@leadchat/core';

export const notificationIdField = () => field.id('notificationId', 'Notification ID', { numeric: true, placeholder: 'e.g. 42' });
