import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { userIdField } from '../../descriptions';
import { userFields } from './fields';

/** PATCH /users/{id} is inferred: Cliengo's reference lists only GET for users. */
export const update = defineOperation({
	resource: 'user',
	operation: 'update',
	name: 'Update',
	action: 'Update a user',
	description: 'Change a user (PATCH /users/{id}; not in Cliengo’s public reference)',
	fields: [
		userIdField,
		field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), field.email('email', 'Email'), ...userFields()], {
			requireOne: 'needs at least one field to change',
		}),
	],
	request: (p) => ({ method: 'PATCH', path: apiPath`/users/${p.userId}`, body: compact(p.updateFields, 'empty') }),
});
