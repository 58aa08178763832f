import { apiPath, defineOperation } from '@leadchat/core';
import { operatorField } from '../../descriptions';
import { safeDetails } from './fields';

export const get = defineOperation({
	resource: 'operator',
	operation: 'get',
	name: 'Get',
	action: 'Get an operator',
	fields: [operatorField()],
	request: (p) => ({ method: 'GET', path: apiPath`/operator/${p.userId}` }),
	output: safeDetails,
});
