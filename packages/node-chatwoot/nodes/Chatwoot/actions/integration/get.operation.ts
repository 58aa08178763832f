import { apiPath, defineOperation } from '@leadchat/core';
import { integrationAppField } from '../../descriptions';

export const get = defineOperation({
	resource: 'integration',
	operation: 'get',
	name: 'Get',
	action: 'Get an integration app',
	description: 'Get one integration app, with its hooks in the account',
	fields: [integrationAppField()],
	request: (p) => ({ method: 'GET', path: apiPath`/integrations/apps/${p.appId}` }),
});
