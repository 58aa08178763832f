import { defineOperation } from '@leadchat/core';

export const get = defineOperation({
	resource: 'account',
	operation: 'get',
	name: 'Get',
	action: 'Get the account',
	description: 'Get the details of the account the node works in',
	fields: [],
	request: () => ({ method: 'GET', path: '' }),
});
