import { apiPath, defineOperation } from '@leadchat/core';
import { integrationHookField } from '../../descriptions';

export const get = defineOperation({
	resource: 'integrationHook',
	operation: 'get',
	name: 'Get',
	action: 'Get an integration hook',
	fields: [integrationHookField()],
	request: (p) => ({ method: 'GET', path: apiPath`/integrations/hooks/${p.hookId}` }),
});
