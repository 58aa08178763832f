import { defineOperation } from '@leadchat/core';

export const get = defineOperation({
	resource: 'account',
	operation: 'get',
	name: 'Get',
	action: 'Get the account',
	description: 'The company account the API key belongs to',
	fields: [],
	request: () => ({ method: 'GET', path: '/account' }),
});
