import { apiPath, defineOperation } from '@leadchat/core';
import { operatorField } from '../../descriptions';
import { done } from '../../helpers/output';

export const del = defineOperation({
	resource: 'operator',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete an operator',
	fields: [operatorField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/operators/${p.operatorId}` }),
	output: done,
});
