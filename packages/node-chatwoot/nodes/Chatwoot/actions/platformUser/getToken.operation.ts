import { apiPath, defineOperation } from '@leadchat/core';
import { platformUserIdField } from '../platformAccount/helpers';

export const getToken = defineOperation({
	resource: 'platformUser',
	operation: 'getToken',
	name: 'Get Token',
	action: "Get a user's access token",
	description: "The user's API access token, for provisioning (the output holds a secret: keep it out of logs and later nodes' outputs)",
	fields: [platformUserIdField()],
	request: (p) => ({ method: 'POST', path: apiPath`/users/${p.userId}/token` }),
});
