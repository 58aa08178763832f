import { apiPath, defineOperation } from '@leadchat/core';
import { customAttributeField } from '../../descriptions';

export const get = defineOperation({
	resource: 'customAttribute',
	operation: 'get',
	name: 'Get',
	action: 'Get a custom attribute',
	fields: [customAttributeField()],
	request: (p) => ({ method: 'GET', path: apiPath`/custom_attribute_definitions/${p.customAttributeId}` }),
});
