import { apiPath, defineOperation, field } from '@leadchat/core';
import { platformAccountIdField, platformUserIdField } from '../platformAccount/helpers';

const ROLES = [
	{ name: 'Agent', value: 'agent' },
	{ name: 'Administrator', value: 'administrator' },
];

export const create = defineOperation({
	resource: 'platformAccountUser',
	operation: 'create',
	name: 'Create',
	action: 'Add a user to an account',
	description: 'Make a user a member of an account with a role (changes the role if it is already a member)',
	fields: [platformAccountIdField(), platformUserIdField(), field.options('role', 'Role', ROLES, { required: true, default: 'agent' })],
	request: (p) => ({
		method: 'POST',
		path: apiPath`/accounts/${p.platformAccountId}/account_users`,
		body: { user_id: Number(p.userId), role: p.role },
	}),
});
