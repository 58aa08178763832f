import { apiPath, defineOperation, field } from '@leadchat/core';
import { automationRuleField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { actionsField, checkRule, conditionsField, eventField, ruleBody, ruleFields } from './helpers';

export const update = defineOperation({
	resource: 'automationRule',
	operation: 'update',
	name: 'Update',
	action: 'Update an automation rule',
	fields: [
		automationRuleField(),
		field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), eventField(false), conditionsField(false), actionsField(false), ...ruleFields()], {
			requireOne: 'needs at least one field to change',
		}),
	],
	check: (p, t) => {
		checkRule(p.updateFields, 'Update Fields → ', t.fail);
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/automation_rules/${p.automationRuleId}`, body: ruleBody(p.updateFields) }),
	output: payloadOf,
});
