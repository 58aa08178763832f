import { defineOperation } from '@leadchat/core';

export const getAccount = defineOperation({
	resource: 'plugin',
	operation: 'getAccount',
	name: 'Get Account',
	action: 'Get the plugin account of the token',
	description: 'Output { plugin_id } of the plugin token in the credential',
	fields: [],
	request: () => ({ method: 'GET', path: '/plugin/connect/account' }),
});
