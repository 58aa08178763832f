import { defineOperation, field } from '@leadchat/core';

export const create = defineOperation({
	resource: 'team',
	operation: 'create',
	name: 'Create',
	action: 'Create a team',
	fields: [
		field.string('name', 'Name', { required: true }),
		field.collection('additionalFields', 'Additional Fields', [
			field.string('description', 'Description', { rows: 2 }),
			field.boolean('allowAutoAssign', 'Allow Auto Assign', { default: true, description: 'Whether a conversation assigned to the team is also assigned to one of its agents' }),
		]),
	],
	request: (p) => ({
		method: 'POST',
		path: '/teams',
		body: { name: p.name, description: p.additionalFields.description, allow_auto_assign: p.additionalFields.allowAutoAssign },
	}),
});
