import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';

export const getAll = defineOperation({
	resource: 'automationRule',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many automation rules',
	description: 'List the automation rules of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	list: { request: () => ({ method: 'GET', path: '/automation_rules' }), paging: paging.whole() },
});
