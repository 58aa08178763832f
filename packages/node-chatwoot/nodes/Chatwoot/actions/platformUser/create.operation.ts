import { defineOperation, field } from '@leadchat/core';
import { PASSWORD_HINT, userBody, userFields } from './helpers';

export const create = defineOperation({
	resource: 'platformUser',
	operation: 'create',
	name: 'Create',
	action: 'Create a user',
	description: 'Create a confirmed user (an existing user with the same email is returned instead, and the Platform App gets access to it)',
	fields: [
		field.string('name', 'Name', { required: true, placeholder: 'Daniel' }),
		field.string('email', 'Email', { required: true, placeholder: 'name@email.com' }),
		field.string('password', 'Password', { required: true, password: true, description: PASSWORD_HINT }),
		field.collection('additionalFields', 'Additional Fields', userFields()),
	],
	request: (p) => ({
		method: 'POST',
		path: '/users',
		body: userBody({ ...p.additionalFields, name: p.name, email: p.email, password: p.password }),
	}),
});
