import { defineOperation, field } from '@leadchat/core';
import { checkCompanyEmails, profileCard, profileFields } from './fields';

export const create = defineOperation({
	resource: 'person',
	operation: 'create',
	name: 'Create',
	action: 'Create a person',
	description: 'Add a people profile (one per email address); the output is its people_id',
	fields: [field.email('email', 'Email', { required: true }), field.collection('additionalFields', 'Additional Fields', profileFields())],
	check: (p, tools) => checkCompanyEmails(p.additionalFields, tools, 'Additional Fields'),
	request: (p) => ({ method: 'POST', path: '/people/profile', body: profileCard({ ...p.additionalFields, email: p.email }) }),
});
