import { apiPath, defineOperation } from '@leadchat/core';
import { labelIdField } from '../../descriptions';

export const deleteLabel = defineOperation({
	resource: 'label',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a label',
	fields: [labelIdField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/labels/${p.labelId}` }),
});
