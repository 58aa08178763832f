import { apiPath, defineOperation } from '@leadchat/core';
import { platformAccountIdField, platformUserIdField } from '../platformAccount/helpers';

export const deleteAccountUser = defineOperation({
	resource: 'platformAccountUser',
	operation: 'delete',
	name: 'Delete',
	action: 'Remove a user from an account',
	description: 'Remove a user from an account (the user itself is kept)',
	fields: [platformAccountIdField(), platformUserIdField()],
	request: (p) => ({
		method: 'DELETE',
		path: apiPath`/accounts/${p.platformAccountId}/account_users`,
		body: { user_id: Number(p.userId) },
	}),
	output: () => ({ success: true }),
});
