import { apiPath, defineOperation, field } from '@leadchat/core';
import { agentField } from '../../descriptions';
import { presenceFields, ROLES } from './helpers';

export const update = defineOperation({
	resource: 'agent',
	operation: 'update',
	name: 'Update',
	action: 'Update an agent',
	description: "Change an agent's role, availability or auto-offline setting",
	fields: [
		agentField(),
		field.collection('updateFields', 'Update Fields', [field.options('role', 'Role', ROLES, { default: 'agent' }), ...presenceFields()], {
			requireOne: 'needs at least one field to change',
		}),
	],
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/agents/${p.agentId}`,
		body: { role: p.updateFields.role, availability: p.updateFields.availability, auto_offline: p.updateFields.autoOffline },
	}),
});
