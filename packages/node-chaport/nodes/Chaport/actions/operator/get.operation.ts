import { apiPath, defineOperation } from '@leadchat/core';
import { operatorField } from '../../descriptions';

export const get = defineOperation({
	resource: 'operator',
	operation: 'get',
	name: 'Get',
	action: 'Get an operator',
	fields: [operatorField()],
	request: (p) => ({ method: 'GET', path: apiPath`/operators/${p.operatorId}` }),
});
