import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { platformAccountIdField } from '../platformAccount/helpers';

export const getAll = defineOperation({
	resource: 'platformAccountUser',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many account users',
	description: 'List the users of an account with their roles (the server sends the whole list at once)',
	fields: [platformAccountIdField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/accounts/${p.platformAccountId}/account_users` }), paging: paging.whole() },
});
