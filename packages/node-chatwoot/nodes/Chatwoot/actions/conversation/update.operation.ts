import type { IDataObject } from 'n8n-workflow';
import { apiPath, defineOperation, field } from '@leadchat/core';
import { conversationField, PRIORITIES } from '../../descriptions';

export const update = defineOperation<{ conversationId: string; updateFields: { priority?: string; slaPolicyId?: number } }>({
	resource: 'conversation',
	operation: 'update',
	name: 'Update',
	action: 'Update a conversation',
	description: 'Change the priority or the SLA policy of a conversation',
	fields: [
		conversationField(),
		field.collection('updateFields', 'Update Fields', [
			field.options('priority', 'Priority', PRIORITIES, { default: 'medium' }),
			field.number('slaPolicyId', 'SLA Policy ID', { integer: true, min: 1, description: 'Applies an SLA policy (Chatwoot Enterprise)' }),
		]),
	],
	async execute(p, tools) {
		const body: IDataObject = {};
		if (p.updateFields.priority !== undefined) body.priority = p.updateFields.priority;
		if (p.updateFields.slaPolicyId !== undefined) body.sla_policy_id = p.updateFields.slaPolicyId;
		if (Object.keys(body).length === 0) tools.fail('Update Fields', 'needs at least one field to change');
		return tools.request({ method: 'PATCH', path: apiPath`/conversations/${p.conversationId}`, body });
	},
});
