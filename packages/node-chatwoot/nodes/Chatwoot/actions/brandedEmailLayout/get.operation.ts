import { defineOperation } from '@leadchat/core';

export const get = defineOperation({
	resource: 'brandedEmailLayout',
	operation: 'get',
	name: 'Get',
	action: 'Get the branded email layout',
	description: 'Get the Liquid HTML layout the account wraps its email replies in (null when there is none)',
	fields: [],
	request: () => ({ method: 'GET', path: '/branded_email_layout' }),
});
