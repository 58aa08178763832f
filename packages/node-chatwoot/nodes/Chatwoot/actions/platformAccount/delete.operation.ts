import { apiPath, defineOperation } from '@leadchat/core';
import { platformAccountIdField } from './helpers';

export const deleteAccount = defineOperation({
	resource: 'platformAccount',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete an account',
	description: 'Delete an account and everything in it (Chatwoot removes it in the background)',
	fields: [platformAccountIdField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/accounts/${p.platformAccountId}` }),
	output: () => ({ success: true }),
});
