import { apiPath, defineOperation, field } from '@leadchat/core';
import { peopleField } from '../../descriptions';
import { written } from '../../helpers/output';
import { checkCompanyEmails, profileCard, profileFields } from './fields';

export const update = defineOperation({
	resource: 'person',
	operation: 'update',
	name: 'Update',
	action: 'Update a person',
	description: 'Change the fields given and keep the others (PATCH): the person and company fields are merged into the profile',
	fields: [
		peopleField(),
		field.collection('updateFields', 'Update Fields', [field.email('email', 'Email'), ...profileFields()], { requireOne: 'needs at least one field to change' }),
	],
	check: (p, tools) => checkCompanyEmails(p.updateFields, tools, 'Update Fields'),
	request: (p) => ({ method: 'PATCH', path: apiPath`/people/profile/${p.peopleId}`, body: profileCard(p.updateFields) }),
	output: written,
});
