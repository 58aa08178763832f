import { defineOperation, field } from '@leadchat/core';
import { checkEmail, compact } from '../../descriptions';
import { userFields } from './fields';

interface Params {
	name: string;
	email: string;
	additionalFields: Record<string, unknown>;
}

/** POST /users is inferred: Cliengo's reference lists only GET for users. */
export const create = defineOperation<Params>({
	resource: 'user',
	operation: 'create',
	name: 'Create',
	action: 'Create a user',
	description: 'Invite a user (operator) to the account (POST /users; not in Cliengo’s public reference)',
	fields: [
		field.string('name', 'Name', { required: true }),
		field.string('email', 'Email', { required: true, placeholder: 'name@email.com' }),
		field.collection('additionalFields', 'Additional Fields', userFields()),
	],
	check(p, tools) {
		checkEmail(tools, 'Email', p.email);
	},
	request: (p) => ({ method: 'POST', path: '/users', body: compact({ name: p.name, email: p.email, ...p.additionalFields }) }),
});
