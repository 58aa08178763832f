import { defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { MODEL_NUMBER, MODELS } from './helpers';

export const getAll = defineOperation({
	resource: 'customAttribute',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many custom attributes',
	description: 'List the custom attribute definitions of contacts or of conversations',
	fields: [field.options('model', 'Applies To', MODELS, { required: true, default: 'contact' }), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: '/custom_attribute_definitions', qs: { attribute_model: String(MODEL_NUMBER[p.model]) } }), paging: paging.whole() },
});
