import { defineOperation } from '@leadchat/core';
import { latestOrChatField, visitorField } from '../../descriptions';
import { record } from '../../helpers/output';
import { putChat } from './fields';

export const close = defineOperation({
	resource: 'chat',
	operation: 'close',
	name: 'Close',
	action: 'Close a chat',
	description: "Set the chat's stage to closed (the visitor's latest chat when no chat is given)",
	fields: [visitorField(), latestOrChatField()],
	request: (p) => putChat(p.visitorId, p.chatId, { stage: 'closed' }),
	output: record,
});
