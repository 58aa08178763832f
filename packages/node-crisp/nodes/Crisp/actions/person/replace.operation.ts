import { apiPath, defineOperation, field } from '@leadchat/core';
import { peopleField } from '../../descriptions';
import { written } from '../../helpers/output';
import { checkCompanyEmails, profileCard, profileFields } from './fields';

export const replace = defineOperation({
	resource: 'person',
	operation: 'replace',
	name: 'Replace',
	action: 'Replace a person',
	description: 'Save the whole profile card (PUT): person and company fields not given here are cleared',
	fields: [peopleField(), field.email('email', 'Email', { required: true }), field.collection('additionalFields', 'Additional Fields', profileFields())],
	check: (p, tools) => checkCompanyEmails(p.additionalFields, tools, 'Additional Fields'),
	request: (p) => ({ method: 'PUT', path: apiPath`/people/profile/${p.peopleId}`, body: profileCard({ ...p.additionalFields, email: p.email }) }),
	output: written,
});
