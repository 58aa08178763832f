import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { sliceList } from '../../helpers/lists';
import { MODEL_NUMBER, MODELS } from './shared';

export const getAll = defineOperation<{ model: string; returnAll: boolean; limit?: number }>({
	resource: 'customAttribute',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many custom attributes',
	description: 'List the custom attribute definitions of contacts or of conversations',
	fields: [field.options('model', 'Applies To', MODELS, { required: true, default: 'contact' }), ...returnAllOrLimit()],
	request: (p) => ({ method: 'GET', path: '/custom_attribute_definitions', qs: { attribute_model: String(MODEL_NUMBER[p.model]) } }),
	output: sliceList,
});
