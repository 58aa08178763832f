import { apiPath, defineOperation } from '@leadchat/core';
import { platformUserIdField } from '../platformAccount/helpers';

export const getSsoUrl = defineOperation({
	resource: 'platformUser',
	operation: 'getSsoUrl',
	name: 'Get SSO URL',
	action: 'Get a single sign-on URL for a user',
	description: 'A one-time link that signs the user in to the dashboard without a password',
	fields: [platformUserIdField()],
	request: (p) => ({ method: 'GET', path: apiPath`/users/${p.userId}/login` }),
});
