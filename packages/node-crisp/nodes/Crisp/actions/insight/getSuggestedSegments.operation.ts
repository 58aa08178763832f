import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { pageInPath } from '../../lists';

export const getSuggestedSegments = defineOperation({
	resource: 'conversationInsight',
	operation: 'getSuggestedSegments',
	name: 'Get Suggested Segments',
	action: 'Get the suggested conversation segments',
	description: 'The segments used on conversations, which Crisp suggests when tagging one, with how many conversations have each',
	fields: [...returnAllOrLimit()],
	list: { ...pageInPath, request: () => ({ method: 'GET', path: '/conversations/suggest/segments' }), key: 'segment' },
});
