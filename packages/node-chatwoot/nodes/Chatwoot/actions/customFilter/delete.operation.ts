import { apiPath, defineOperation } from '@leadchat/core';
import { customFilterField } from '../../descriptions';

export const deleteCustomFilter = defineOperation({
	resource: 'customFilter',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a custom filter',
	fields: [customFilterField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/custom_filters/${p.customFilterId}` }),
});
