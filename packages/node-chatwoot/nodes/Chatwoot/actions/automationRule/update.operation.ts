import { apiPath, defineOperation, field } from '@leadchat/core';
import { automationRuleField, requireAnyField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';
import { actionsField, checkRule, conditionsField, eventField, ruleBody, ruleFields, type RuleFields } from './shared';

export const update = defineOperation<{ automationRuleId: string; updateFields: RuleFields }>({
	resource: 'automationRule',
	operation: 'update',
	name: 'Update',
	action: 'Update an automation rule',
	fields: [
		automationRuleField(),
		field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), eventField(false), conditionsField(false), actionsField(false), ...ruleFields()]),
	],
	check: (p, t) => {
		requireAnyField(p.updateFields, 'Update Fields', t.fail);
		checkRule(p.updateFields, 'Update Fields → ', t.fail);
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/automation_rules/${p.automationRuleId}`, body: ruleBody(p.updateFields) }),
	output: payloadOf,
});
