import { apiPath, defineOperation } from '@leadchat/core';
import { chatField, eventField, visitorField } from '../../descriptions';

export const getEvent = defineOperation({
	resource: 'chat',
	operation: 'getEvent',
	name: 'Get Event',
	action: 'Get a chat event',
	fields: [visitorField(), chatField(), eventField()],
	request: (p) => ({ method: 'GET', path: apiPath`/visitors/${p.visitorId}/chats/${p.chatId}/events/${p.eventId}` }),
});
