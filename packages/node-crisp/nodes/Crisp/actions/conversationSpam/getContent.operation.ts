import { apiPath, defineOperation, field } from '@leadchat/core';

export const getContent = defineOperation({
	resource: 'conversationSpam',
	operation: 'getContent',
	name: 'Get Content',
	action: 'Get the content of a spam conversation',
	description: 'A spam conversation with its content, to review it',
	fields: [field.id('spamId', 'Spam ID', { description: 'The spam_id of a spam conversation (from Get Many)' })],
	request: (p) => ({ method: 'GET', path: apiPath`/conversations/spam/${p.spamId}/content` }),
});
