import { defineOperation, field } from '@leadchat/core';
import { payloadOf } from '../../helpers/lists';
import { checkActions, macroActionsField, visibilityField } from './helpers';

export const create = defineOperation({
	resource: 'macro',
	operation: 'create',
	name: 'Create',
	action: 'Create a macro',
	description: 'Save a sequence of actions that agents can run on a conversation in one click',
	fields: [field.string('name', 'Name', { required: true }), macroActionsField(true), visibilityField()],
	check: (p, t) => {
		if (p.actions.length === 0) t.fail('Actions (JSON)', 'needs at least one action');
		checkActions(p.actions, 'Actions (JSON)', t.fail);
	},
	request: (p) => ({ method: 'POST', path: '/macros', body: { name: p.name, visibility: p.visibility, actions: p.actions } }),
	output: payloadOf,
});
