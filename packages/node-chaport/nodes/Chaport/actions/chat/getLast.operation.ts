import { apiPath, defineOperation } from '@leadchat/core';
import { visitorField } from '../../descriptions';
import { record } from '../../helpers/output';

export const getLast = defineOperation({
	resource: 'chat',
	operation: 'getLast',
	name: 'Get Last',
	action: "Get a visitor's latest chat",
	description: "The visitor's current or most recent chat, with its events (Chaport answers 404 when the visitor has no chat)",
	fields: [visitorField()],
	request: (p) => ({ method: 'GET', path: apiPath`/visitors/${p.visitorId}/chats` }),
	output: record,
});
