import { defineOperation } from '@leadchat/core';

export const getMe = defineOperation({
	resource: 'operator',
	operation: 'getMe',
	name: 'Get Me',
	action: 'Get the operator of the access token',
	description: 'The operator whose access token the credential holds',
	fields: [],
	request: () => ({ method: 'GET', path: '/me.json' }),
});
