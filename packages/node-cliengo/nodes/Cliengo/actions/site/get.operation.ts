import { apiPath, defineOperation } from '@leadchat/core';
import { siteLocator } from '../../descriptions';

export const get = defineOperation({
	resource: 'site',
	operation: 'get',
	name: 'Get',
	action: 'Get a site',
	description: 'Get one website by its ID',
	fields: [siteLocator()],
	request: (p) => ({ method: 'GET', path: apiPath`/sites/${p.siteId}` }),
});
