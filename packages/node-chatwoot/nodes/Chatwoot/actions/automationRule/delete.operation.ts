import { apiPath, defineOperation } from '@leadchat/core';
import { automationRuleField } from '../../descriptions';

export const deleteAutomationRule = defineOperation({
	resource: 'automationRule',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete an automation rule',
	fields: [automationRuleField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/automation_rules/${p.automationRuleId}` }),
});
