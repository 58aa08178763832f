import { defineOperation, field } from '@leadchat/core';
import { presenceFields, ROLES } from './helpers';

export const create = defineOperation({
	resource: 'agent',
	operation: 'create',
	name: 'Create',
	action: 'Create an agent',
	description: 'Invite a user to the account as an agent or administrator',
	fields: [
		field.string('name', 'Name', { required: true }),
		field.email('email', 'Email', { required: true }),
		field.options('role', 'Role', ROLES, { required: true, default: 'agent' }),
		field.collection('additionalFields', 'Additional Fields', presenceFields()),
	],
	request: (p) => ({
		method: 'POST',
		path: '/agents',
		body: { name: p.name, email: p.email, role: p.role, availability: p.additionalFields.availability, auto_offline: p.additionalFields.autoOffline },
	}),
});
