import { apiPath, defineOperation, field } from '@leadchat/core';
import { accountBody, accountFields, platformAccountIdField } from './helpers';

export const update = defineOperation({
	resource: 'platformAccount',
	operation: 'update',
	name: 'Update',
	action: 'Update an account',
	fields: [
		platformAccountIdField(),
		field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), ...accountFields()], { requireOne: 'needs at least one field' }),
	],
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/accounts/${p.platformAccountId}`,
		body: accountBody(p.updateFields.name, p.updateFields),
	}),
});
