import { apiPath, defineOperation } from '@leadchat/core';
import { automationRuleField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';

export const clone = defineOperation({
	resource: 'automationRule',
	operation: 'clone',
	name: 'Clone',
	action: 'Clone an automation rule',
	description: 'Copy an automation rule; the copy is returned',
	fields: [automationRuleField()],
	request: (p) => ({ method: 'POST', path: apiPath`/automation_rules/${p.automationRuleId}/clone` }),
	output: payloadOf,
});
