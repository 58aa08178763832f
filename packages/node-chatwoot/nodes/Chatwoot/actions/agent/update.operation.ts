import { apiPath, defineOperation, field } from '@leadchat/core';
import { agentField, requireAnyField } from '../../descriptions';
import { presenceFields, ROLES } from './shared';

interface Params {
	agentId: string;
	updateFields: { role?: string; availability?: string; autoOffline?: boolean };
}

export const update = defineOperation<Params>({
	resource: 'agent',
	operation: 'update',
	name: 'Update',
	action: 'Update an agent',
	description: "Change an agent's role, availability or auto-offline setting",
	fields: [agentField(), field.collection('updateFields', 'Update Fields', [field.options('role', 'Role', ROLES, { default: 'agent' }), ...presenceFields()])],
	check: (p, t) => requireAnyField(p.updateFields, 'Update Fields', t.fail),
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/agents/${p.agentId}`,
		body: { role: p.updateFields.role, availability: p.updateFields.availability, auto_offline: p.updateFields.autoOffline },
	}),
});
