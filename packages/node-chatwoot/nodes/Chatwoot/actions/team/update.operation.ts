import { apiPath, defineOperation, field } from '@leadchat/core';
import { requireAnyField, teamField } from '../../descriptions';

interface Params {
	teamId: string;
	updateFields: { name?: string; description?: string; allowAutoAssign?: boolean };
}

export const update = defineOperation<Params>({
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
		]),
	],
	check: (p, t) => requireAnyField(p.updateFields, 'Update Fields', t.fail),
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/teams/${p.teamId}`,
		body: { name: p.updateFields.name, description: p.updateFields.description, allow_auto_assign: p.updateFields.allowAutoAssign },
	}),
});
