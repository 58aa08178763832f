import { apiPath, defineOperation } from '@leadchat/core';
import { automationRuleField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';

export const get = defineOperation({
	resource: 'automationRule',
	operation: 'get',
	name: 'Get',
	action: 'Get an automation rule',
	fields: [automationRuleField()],
	request: (p) => ({ method: 'GET', path: apiPath`/automation_rules/${p.automationRuleId}` }),
	output: payloadOf,
});
