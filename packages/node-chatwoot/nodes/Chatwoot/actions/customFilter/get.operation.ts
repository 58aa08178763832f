import { apiPath, defineOperation } from '@leadchat/core';
import { customFilterField } from '../../descriptions';

export const get = defineOperation({
	resource: 'customFilter',
	operation: 'get',
	name: 'Get',
	action: 'Get a custom filter',
	fields: [customFilterField()],
	request: (p) => ({ method: 'GET', path: apiPath`/custom_filters/${p.customFilterId}` }),
});
