import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { pageInPath } from '../../lists';

export const getAll = defineOperation({
	resource: 'conversationSpam',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many spam conversations',
	description: 'The conversations Crisp held back as spam (without their content)',
	fields: [...returnAllOrLimit()],
	list: { ...pageInPath, request: () => ({ method: 'GET', path: '/conversations/spams' }), key: 'spam_id' },
});
