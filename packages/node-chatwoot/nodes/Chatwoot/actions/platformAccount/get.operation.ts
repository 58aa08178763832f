import { apiPath, defineOperation } from '@leadchat/core';
import { platformAccountIdField } from './helpers';

export const get = defineOperation({
	resource: 'platformAccount',
	operation: 'get',
	name: 'Get',
	action: 'Get an account',
	fields: [platformAccountIdField()],
	request: (p) => ({ method: 'GET', path: apiPath`/accounts/${p.platformAccountId}` }),
});
