import { apiPath, defineOperation, field } from '@leadchat/core';
import { customFilterField } from '../../descriptions';
import { filterBody, filterTypeField, queryField } from './helpers';

export const update = defineOperation({
	resource: 'customFilter',
	operation: 'update',
	name: 'Update',
	action: 'Update a custom filter',
	fields: [
		customFilterField(),
		field.collection('updateFields', 'Update Fields', [field.string('name', 'Name'), filterTypeField(false), queryField(false)], {
			requireOne: 'needs at least one field to change',
		}),
	],
	request: (p) => ({ method: 'PATCH', path: apiPath`/custom_filters/${p.customFilterId}`, body: filterBody(p.updateFields) }),
});
