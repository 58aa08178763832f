import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { operatorField } from '../../descriptions';
import { operatorDetails } from './fields';

export const update = defineOperation({
	resource: 'operator',
	operation: 'update',
	name: 'Update',
	action: 'Update an operator',
	description: 'Change only the fields given',
	fields: [
		operatorField(),
		field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), field.email('email', 'Email'), ...operatorDetails()], { requireOne: 'needs at least one field to change' }),
	],
	request: (p) => ({ method: 'PUT', path: apiPath`/operators/${p.operatorId}`, body: compact(p.updateFields) }),
});
