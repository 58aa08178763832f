import { apiPath, defineOperation, field } from '@leadchat/core';
import { platformUserIdField } from '../platformAccount/fields';
import { PASSWORD_HINT, userBody, userFields, type UserFields } from './fields';

export const update = defineOperation<{ userId: string; updateFields: UserFields }>({
	resource: 'platformUser',
	operation: 'update',
	name: 'Update',
	action: 'Update a user',
	fields: [
		platformUserIdField(),
		field.collection('updateFields', 'Update Fields', [
			field.string('name', 'Name'),
			field.string('email', 'Email', { placeholder: 'name@email.com' }),
			field.string('password', 'Password', { password: true, description: PASSWORD_HINT }),
			...userFields(),
		]),
	],
	check(p, tools) {
		if (Object.keys(userBody(p.updateFields)).length === 0) tools.fail('Update Fields', 'needs at least one field');
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/users/${p.userId}`, body: userBody(p.updateFields) }),
});
