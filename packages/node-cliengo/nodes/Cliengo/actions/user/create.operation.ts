import { compact, defineOperation, field } from '@leadchat/core';
import { userFields } from './fields';

/** POST /users is inferred: Cliengo's reference lists only GET for users. */
export const create = defineOperation({
	resource: 'user',
	operation: 'create',
	name: 'Create',
	action: 'Create a user',
	description: 'Invite a user (operator) to the account (POST /users; not in Cliengo’s public reference)',
	fields: [
		field.string('name', 'Name', { required: true }),
		field.email('email', 'Email', { required: true }),
		field.collection('additionalFields', 'Additional Fields', userFields()),
	],
	request: (p) => ({ method: 'POST', path: '/users', body: compact({ name: p.name, email: p.email, ...p.additionalFields }, 'empty') }),
});
