import { defineOperation, field } from '@leadchat/core';
import { checkKey, definitionBody, definitionFields, displayTypeField, MODELS } from './helpers';

export const create = defineOperation({
	resource: 'customAttribute',
	operation: 'create',
	name: 'Create',
	action: 'Create a custom attribute',
	description: 'Define a custom attribute for contacts or conversations',
	fields: [
		field.string('displayName', 'Display Name', { required: true, placeholder: 'e.g. Plan' }),
		field.string('key', 'Key', { required: true, placeholder: 'e.g. plan', description: 'Key of the attribute in custom_attributes: letters, digits and "_"' }),
		field.options('model', 'Applies To', MODELS, { required: true, default: 'contact' }),
		displayTypeField(true),
		field.collection('additionalFields', 'Additional Fields', definitionFields()),
	],
	check: (p, t) => {
		checkKey(p.key, (problem) => t.fail('Key', problem));
		if (p.displayType === 'list' && !p.additionalFields.values?.length) t.fail('Additional Fields → List Values', 'are required for a "List" attribute');
	},
	request: (p) => ({
		method: 'POST',
		path: '/custom_attribute_definitions',
		body: definitionBody({ ...p.additionalFields, displayName: p.displayName, key: p.key, model: p.model, displayType: p.displayType }),
	}),
});
