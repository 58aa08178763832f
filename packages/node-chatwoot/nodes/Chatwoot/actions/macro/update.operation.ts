import { apiPath, defineOperation, field } from '@leadchat/core';
import { macroField, requireAnyField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { checkActions, macroActionsField, visibilityField } from './shared';

export const update = defineOperation<{ macroId: string; updateFields: { name?: string; actions?: unknown[]; visibility?: string } }>({
	resource: 'macro',
	operation: 'update',
	name: 'Update',
	action: 'Update a macro',
	fields: [macroField(), field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), macroActionsField(false), visibilityField()])],
	check: (p, t) => {
		requireAnyField(p.updateFields, 'Update Fields', t.fail);
		checkActions(p.updateFields.actions, 'Update Fields → Actions (JSON)', t.fail);
	},
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/macros/${p.macroId}`,
		body: { name: p.updateFields.name, visibility: p.updateFields.visibility, actions: p.updateFields.actions },
	}),
	output: payloadOf,
});
