import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { pageInPath } from '../../lists';

export const getDataKeys = defineOperation({
	resource: 'conversationSuggestion',
	operation: 'getDataKeys',
	name: 'Get Data Keys',
	action: 'Get the suggested conversation data keys',
	description: 'The conversation custom data keys Crisp suggests (those in use), with how many conversations have each',
	fields: [...returnAllOrLimit()],
	list: { ...pageInPath, request: () => ({ method: 'GET', path: '/conversations/suggest/data' }), key: 'key' },
});
