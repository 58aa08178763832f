import { apiPath, defineOperation } from '@leadchat/core';
import { chatField, visitorField } from '../../descriptions';
import { record } from '../../helpers/output';

export const get = defineOperation({
	resource: 'chat',
	operation: 'get',
	name: 'Get',
	action: 'Get a chat',
	description: 'One chat of the visitor, with its events',
	fields: [visitorField(), chatField()],
	request: (p) => ({ method: 'GET', path: apiPath`/visitors/${p.visitorId}/chats/${p.chatId}` }),
	output: record,
});
