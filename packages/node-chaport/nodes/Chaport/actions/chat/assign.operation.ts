import { defineOperation } from '@leadchat/core';
import { latestOrChatField, operatorIdsField, visitorField } from '../../descriptions';
import { record } from '../../helpers/output';
import { putChat } from './fields';

export const assign = defineOperation({
	resource: 'chat',
	operation: 'assign',
	name: 'Assign',
	action: 'Assign operators to a chat',
	description: "Set the operators of the chat (they replace the current ones; the visitor's latest chat when no chat is given)",
	fields: [visitorField(), latestOrChatField(), operatorIdsField('operatorIds', 'Operators', true)],
	request: (p) => putChat(p.visitorId, p.chatId, { operatorIds: p.operatorIds }),
	output: record,
});
