import { defineOperation, field } from '@leadchat/core';
import { written } from '../../helpers/output';
import { ROLES } from './fields';

export const invite = defineOperation({
	resource: 'operator',
	operation: 'invite',
	name: 'Invite',
	action: 'Invite an operator',
	description: 'Invite someone by email to join the website; they appear as an "invitation" until they accept',
	fields: [field.email('email', 'Email', { required: true }), field.options('role', 'Role', ROLES, { required: true })],
	request: (p) => ({ method: 'POST', path: '/operator', body: { email: p.email, role: p.role } }),
	output: written,
});
