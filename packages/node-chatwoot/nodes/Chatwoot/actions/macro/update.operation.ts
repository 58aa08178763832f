import { apiPath, defineOperation, field } from '@leadchat/core';
import { macroField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { checkActions, macroActionsField, visibilityField } from './helpers';

export const update = defineOperation({
	resource: 'macro',
	operation: 'update',
	name: 'Update',
	action: 'Update a macro',
	fields: [
		macroField(),
		field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), macroActionsField(false), visibilityField()], {
			requireOne: 'needs at least one field to change',
		}),
	],
	check: (p, t) => {
		checkActions(p.updateFields.actions, 'Update Fields → Actions (JSON)', t.fail);
	},
	request: (p) => ({
		method: 'PATCH',
		path: apiPath`/macros/${p.macroId}`,
		body: { name: p.updateFields.name, visibility: p.updateFields.visibility, actions: p.updateFields.actions },
	}),
	output: payloadOf,
});
