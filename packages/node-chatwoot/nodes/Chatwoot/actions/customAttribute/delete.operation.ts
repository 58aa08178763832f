import { apiPath, defineOperation } from '@leadchat/core';
import { customAttributeField } from '../../descriptions';

export const deleteCustomAttribute = defineOperation({
	resource: 'customAttribute',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a custom attribute',
	fields: [customAttributeField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/custom_attribute_definitions/${p.customAttributeId}` }),
});
