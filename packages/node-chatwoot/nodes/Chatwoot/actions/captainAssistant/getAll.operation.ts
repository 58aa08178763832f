import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { enterpriseOnly } from '../../helpers/enterprise';

export const getAll = defineOperation({
	resource: 'captainAssistant',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many assistants',
	description: enterpriseOnly('The Captain assistants of the account (the server sends the whole list at once)'),
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/captain/assistants' }), paging: paging.whole() },
});
