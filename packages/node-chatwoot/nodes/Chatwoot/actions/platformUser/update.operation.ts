import { apiPath, defineOperation, field } from '@leadchat/core';
import { platformUserIdField } from '../platformAccount/helpers';
import { PASSWORD_HINT, userBody, userFields } from './helpers';

export const update = defineOperation({
	resource: 'platformUser',
	operation: 'update',
	name: 'Update',
	action: 'Update a user',
	fields: [
		platformUserIdField(),
		field.collection(
			'updateFields',
			'Update Fields',
			[
				field.string('name', 'Name'),
				field.string('email', 'Email', { placeholder: 'name@email.com' }),
				field.string('password', 'Password', { password: true, description: PASSWORD_HINT }),
				...userFields(),
			],
			{ requireOne: 'needs at least one field' },
		),
	],
	request: (p) => ({ method: 'PATCH', path: apiPath`/users/${p.userId}`, body: userBody(p.updateFields) }),
});
