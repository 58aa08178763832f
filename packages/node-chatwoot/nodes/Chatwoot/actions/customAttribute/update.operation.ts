import { apiPath, defineOperation, field } from '@leadchat/core';
import { customAttributeField, requireAnyField } from '../../descriptions';
import { checkKey, definitionBody, definitionFields, displayTypeField, type DefinitionFields } from './shared';

export const update = defineOperation<{ customAttributeId: string; updateFields: DefinitionFields }>({
	resource: 'customAttribute',
	operation: 'update',
	name: 'Update',
	action: 'Update a custom attribute',
	fields: [
		customAttributeField(),
		field.collection('updateFields', 'Update Fields', [field.string('displayName', 'Display Name'), field.string('key', 'Key'), displayTypeField(false), ...definitionFields()]),
	],
	check: (p, t) => {
		requireAnyField(p.updateFields, 'Update Fields', t.fail);
		checkKey(p.updateFields.key, (problem) => t.fail('Update Fields → Key', problem));
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/custom_attribute_definitions/${p.customAttributeId}`, body: definitionBody(p.updateFields) }),
});
