import { apiPath, defineOperation, field } from '@leadchat/core';
import { customFilterField, requireAnyField } from '../../descriptions';
import { filterBody, filterTypeField, queryField } from './shared';

export const update = defineOperation<{ customFilterId: string; updateFields: { name?: string; filterType?: string; query?: Record<string, unknown> } }>({
	resource: 'customFilter',
	operation: 'update',
	name: 'Update',
	action: 'Update a custom filter',
	fields: [customFilterField(), field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), filterTypeField(false), queryField(false)])],
	check: (p, t) => requireAnyField(p.updateFields, 'Update Fields', t.fail),
	request: (p) => ({ method: 'PATCH', path: apiPath`/custom_filters/${p.customFilterId}`, body: filterBody(p.updateFields) }),
});
