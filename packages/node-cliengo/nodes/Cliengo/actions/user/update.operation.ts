import { apiPath, defineOperation, field } from '@leadchat/core';
import { checkEmail, compact, userIdField } from '../../descriptions';
import { userFields } from './fields';

interface Params {
	userId: string;
	updateFields: Record<string, unknown>;
}

/** PATCH /users/{id} is inferred: Cliengo's reference lists only GET for users. */
export const update = defineOperation<Params>({
	resource: 'user',
	operation: 'update',
	name: 'Update',
	action: 'Update a user',
	description: 'Change a user (PATCH /users/{id}; not in Cliengo’s public reference)',
	fields: [
		userIdField,
		field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), field.string('email', 'Email', { placeholder: 'name@email.com' }), ...userFields()]),
	],
	check(p, tools) {
		const u = compact(p.updateFields);
		if (Object.keys(u).length === 0) tools.fail('Update Fields', 'needs at least one field to change');
		checkEmail(tools, 'Update Fields → Email', u.email);
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/users/${p.userId}`, body: compact(p.updateFields) }),
});
