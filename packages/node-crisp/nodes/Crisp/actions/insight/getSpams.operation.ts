import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { pageInPath } from '../../lists';

export const getSpams = defineOperation({
	resource: 'conversationInsight',
	operation: 'getSpams',
	name: 'Get Spam Conversations',
	action: 'Get the conversations held as spam',
	description: 'What Crisp held back as spam: type, reason, metadata, headers and time (without the content)',
	fields: [...returnAllOrLimit()],
	list: { ...pageInPath, request: () => ({ method: 'GET', path: '/conversations/spams' }), key: 'spam_id' },
});
