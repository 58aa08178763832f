import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { pageInPath } from '../../lists';

export const getSegments = defineOperation({
	resource: 'conversationSuggestion',
	operation: 'getSegments',
	name: 'Get Segments',
	action: 'Get the suggested conversation segments',
	description: 'The conversation segments Crisp suggests (those in use), with how many conversations have each',
	fields: [...returnAllOrLimit()],
	list: { ...pageInPath, request: () => ({ method: 'GET', path: '/conversations/suggest/segments' }), key: 'segment' },
});
