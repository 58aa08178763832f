import { defineOperation, field } from '@leadchat/core';
import { payloadOf } from '../../helpers/lists';
import { actionsField, checkRule, conditionsField, eventField, ruleBody, ruleFields } from './helpers';

export const create = defineOperation({
	resource: 'automationRule',
	operation: 'create',
	name: 'Create',
	action: 'Create an automation rule',
	fields: [
		field.string('name', 'Name', { required: true }),
		eventField(true),
		conditionsField(true),
		actionsField(true),
		field.collection('additionalFields', 'Additional Fields', ruleFields()),
	],
	check: (p, t) => {
		if (p.conditions.length === 0) t.fail('Conditions (JSON)', 'needs at least one condition');
		if (p.actions.length === 0) t.fail('Actions (JSON)', 'needs at least one action');
		checkRule(p, '', t.fail);
	},
	request: (p) => ({
		method: 'POST',
		path: '/automation_rules',
		body: ruleBody({ ...p.additionalFields, name: p.name, eventName: p.eventName, conditions: p.conditions, actions: p.actions }),
	}),
	output: payloadOf,
});
