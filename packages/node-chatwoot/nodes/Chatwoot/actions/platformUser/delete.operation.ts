import { apiPath, defineOperation } from '@leadchat/core';
import { platformUserIdField } from '../platformAccount/helpers';

export const deleteUser = defineOperation({
	resource: 'platformUser',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a user',
	description: 'Delete a user from the installation (Chatwoot removes it in the background)',
	fields: [platformUserIdField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/users/${p.userId}` }),
	output: () => ({ success: true }),
});
