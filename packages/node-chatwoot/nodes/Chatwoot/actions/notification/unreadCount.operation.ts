import { defineOperation, isDataObject } from '@leadchat/core';

export const unreadCount = defineOperation({
	resource: 'notification',
	operation: 'unreadCount',
	name: 'Get Unread Count',
	action: 'Count unread notifications',
	description: 'How many notifications of the user of the credential are unread (output as "unread_count")',
	fields: [],
	request: () => ({ method: 'GET', path: '/notifications/unread_count' }),
	output: (body) => (typeof body === 'number' || typeof body === 'string' ? { unread_count: Number(body) } : isDataObject(body) ? body : { unread_count: null }),
});
