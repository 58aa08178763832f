import { apiPath, defineOperation } from '@leadchat/core';
import { spamField } from './fields';

export const getSpamContent = defineOperation({
	resource: 'conversationInsight',
	operation: 'getSpamContent',
	name: 'Get Spam Content',
	action: 'Get the content of a spam conversation',
	description: 'A conversation held as spam, with its content',
	fields: [spamField()],
	request: (p) => ({ method: 'GET', path: apiPath`/conversations/spam/${p.spamId}/content` }),
});
