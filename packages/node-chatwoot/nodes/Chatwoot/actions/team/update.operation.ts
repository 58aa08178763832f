import { apiPath, defineOperation, field } from '@leadchat/core';
import { teamField } from '../../descriptions';

export const update = defineOperation({
	resource: 'team',
	operation: 'update',
	name: 'Update',
	action: 'Update a team',
	fields: [
		teamField(),
		field.collection('updateFields', 'Update Fields', [
			field.string('name', 'Name'),
			field.string('description', 'Description', { rows: 2 }),
			field.boolean('allowAutoAssign', 'Allow Auto Assign', { default: true, description: 'Whether a conversation assigned to the team is also assigned to one of its agents' }),
		], { requireOne: 'needs at least one field to change' }),
	],
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/teams/${p.teamId}`,
		body: { name: p.updateFields.name, description: p.updateFields.description, allow_auto_assign: p.updateFields.allowAutoAssign },
	}),
});
