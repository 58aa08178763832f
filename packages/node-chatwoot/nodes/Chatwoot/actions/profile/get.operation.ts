import { defineOperation } from '@leadchat/core';

export const get = defineOperation({
	resource: 'profile',
	operation: 'get',
	name: 'Get',
	action: 'Get the profile',
	description: 'Get the user who owns the access token, with the accounts it belongs to',
	fields: [],
	request: () => ({ method: 'GET', path: '/profile', family: 'root' }),
});
