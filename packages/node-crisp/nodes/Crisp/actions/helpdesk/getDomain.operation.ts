import { defineOperation } from '@leadchat/core';

export const getDomain = defineOperation({
	resource: 'helpdesk',
	operation: 'getDomain',
	name: 'Get Domain',
	action: 'Get the helpdesk domain',
	description: 'The root and basic (Crisp) domain, the custom domain and whether it is verified',
	fields: [],
	request: () => ({ method: 'GET', path: '/helpdesk/domain' }),
});
