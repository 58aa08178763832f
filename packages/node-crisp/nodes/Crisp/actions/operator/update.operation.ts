import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { operatorField } from '../../descriptions';
import { written } from '../../helpers/output';
import { ROLES } from './fields';

export const update = defineOperation({
	resource: 'operator',
	operation: 'update',
	name: 'Change Membership',
	action: "Change an operator's role or title",
	fields: [
		operatorField(),
		field.collection('updateFields', 'Update Fields', [field.options('role', 'Role', ROLES), field.string('title', 'Title', { placeholder: 'e.g. Support Lead' })], {
			requireOne: 'needs a Role or a Title to change',
		}),
	],
	request: (p) => ({ method: 'PATCH', path: apiPath`/operator/${p.userId}`, body: compact({ role: p.updateFields.role, title: p.updateFields.title }) }),
	output: written,
});
