import { defineOperation, field } from '@leadchat/core';
import { presenceFields, ROLES } from './shared';

interface Params {
	name: string;
	email: string;
	role: string;
	additionalFields: { availability?: string; autoOffline?: boolean };
}

export const create = defineOperation<Params>({
	resource: 'agent',
	operation: 'create',
	name: 'Create',
	action: 'Create an agent',
	description: 'Invite a user to the account as an agent or administrator',
	fields: [
		field.string('name', 'Name', { required: true }),
		field.string('email', 'Email', { required: true, placeholder: 'name@email.com' }),
		field.options('role', 'Role', ROLES, { required: true, default: 'agent' }),
		field.collection('additionalFields', 'Additional Fields', presenceFields()),
	],
	check: (p, t) => {
		if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p.email)) t.fail('Email', 'must be an email address');
	},
	request: (p) => ({
		method: 'POST',
		path: '/agents',
		body: { name: p.name, email: p.email, role: p.role, availability: p.additionalFields.availability, auto_offline: p.additionalFields.autoOffline },
	}),
});
