import { apiPath, defineOperation } from '@leadchat/core';
import { integrationHookField } from '../../descriptions';

export const deleteIntegrationHook = defineOperation({
	resource: 'integrationHook',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete an integration hook',
	fields: [integrationHookField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/integrations/hooks/${p.hookId}` }),
});
