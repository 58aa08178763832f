import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { pageInPath } from '../../lists';

export const getSuggestedDataKeys = defineOperation({
	resource: 'conversationInsight',
	operation: 'getSuggestedDataKeys',
	name: 'Get Suggested Data Keys',
	action: 'Get the suggested conversation data keys',
	description: 'The custom data keys used on conversations, with how many conversations have each',
	fields: [...returnAllOrLimit()],
	list: { ...pageInPath, request: () => ({ method: 'GET', path: '/conversations/suggest/data' }), key: 'key' },
});
