import { defineOperation, field } from '@leadchat/core';
import { teamBody, teamFields } from './fields';

export const create = defineOperation({
	resource: 'team',
	operation: 'create',
	name: 'Create',
	action: 'Create a team',
	description: 'Output { team_id } of the new team',
	fields: [field.string('name', 'Name', { required: true, placeholder: 'e.g. Billing' }), field.collection('additionalFields', 'Additional Fields', teamFields())],
	request: (p) => ({ method: 'POST', path: '/team', body: teamBody({ ...p.additionalFields, name: p.name }) }),
});
