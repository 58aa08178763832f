import { apiPath, defineOperation } from '@leadchat/core';
import { blockedOf, ruleField } from './fields';

export const getBlockedInRule = defineOperation({
	resource: 'visitor',
	operation: 'getBlockedInRule',
	name: 'Count Blocked in Rule',
	action: 'Count visitors blocked by a rule',
	fields: [ruleField()],
	request: (p) => ({ method: 'GET', path: apiPath`/visitors/blocked/${p.rule}` }),
	output: blockedOf,
});
