import { apiPath, defineOperation } from '@leadchat/core';
import { labelIdField } from '../../descriptions';

export const get = defineOperation({
	resource: 'label',
	operation: 'get',
	name: 'Get',
	action: 'Get a label',
	fields: [labelIdField()],
	request: (p) => ({ method: 'GET', path: apiPath`/labels/${p.labelId}` }),
});
