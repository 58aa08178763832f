import { defineOperation, field } from '@leadchat/core';
import { filterBody, filterTypeField, queryField } from './helpers';

export const create = defineOperation({
	resource: 'customFilter',
	operation: 'create',
	name: 'Create',
	action: 'Create a custom filter',
	description: 'Save a filter of contacts, conversations or reports',
	fields: [field.string('name', 'Name', { required: true }), filterTypeField(true), queryField(true)],
	request: (p) => ({ method: 'POST', path: '/custom_filters', qs: { filter_type: p.filterType }, body: filterBody(p) }),
});
