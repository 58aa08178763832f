import { apiPath, defineOperation, field } from '@leadchat/core';
import { accountBody, accountFields, platformAccountIdField, type AccountFields } from './fields';

export const update = defineOperation<{ platformAccountId: string; updateFields: AccountFields & { name?: string } }>({
	resource: 'platformAccount',
	operation: 'update',
	name: 'Update',
	action: 'Update an account',
	fields: [platformAccountIdField(), field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), ...accountFields()])],
	check(p, tools) {
		if (Object.keys(accountBody(p.updateFields.name, p.updateFields)).length === 0) tools.fail('Update Fields', 'needs at least one field');
	},
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/accounts/${p.platformAccountId}`,
		body: accountBody(p.updateFields.name, p.updateFields),
	}),
});
