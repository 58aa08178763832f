import { apiPath, defineOperation, field } from '@leadchat/core';
import { conversationField, PRIORITIES } from '../../descriptions';

export const update = defineOperation({
	resource: 'conversation',
	operation: 'update',
	name: 'Update',
	action: 'Update a conversation',
	description: 'Change the priority or the SLA policy of a conversation',
	fields: [
		conversationField(),
		field.collection(
			'updateFields',
			'Update Fields',
			[
				field.options('priority', 'Priority', PRIORITIES, { default: 'medium' }),
				field.number('slaPolicyId', 'SLA Policy ID', { integer: true, min: 1, description: 'Applies an SLA policy (Chatwoot Enterprise)' }),
			],
			{ requireOne: 'needs at least one field to change' },
		),
	],
	request: ({ conversationId, updateFields: u }) => ({
		method: 'PATCH',
		path: apiPath`/conversations/${conversationId}`,
		body: { priority: u.priority, sla_policy_id: u.slaPolicyId },
	}),
});
