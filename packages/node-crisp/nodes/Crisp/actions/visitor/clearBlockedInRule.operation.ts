import { apiPath, defineOperation } from '@leadchat/core';
import { written } from '../../helpers/output';
import { ruleField } from './fields';

export const clearBlockedInRule = defineOperation({
	resource: 'visitor',
	operation: 'clearBlockedInRule',
	name: 'Clear Blocked in Rule',
	action: 'Clear the visitors blocked by a rule',
	description: 'Unblock every visitor a rule blocked',
	fields: [ruleField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/visitors/blocked/${p.rule}` }),
	output: written,
});
