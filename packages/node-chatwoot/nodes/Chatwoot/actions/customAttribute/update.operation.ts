import { apiPath, defineOperation, field } from '@leadchat/core';
import { customAttributeField } from '../../descriptions';
import { checkKey, definitionBody, definitionFields, displayTypeField } from './helpers';

export const update = defineOperation({
	resource: 'customAttribute',
	operation: 'update',
	name: 'Update',
	action: 'Update a custom attribute',
	fields: [
		customAttributeField(),
		field.collection('updateFields', 'Update Fields', [field.string('displayName', 'Display Name'), field.string('key', 'Key'), displayTypeField(false), ...definitionFields()], {
			requireOne: 'needs at least one field to change',
		}),
	],
	check: (p, t) => {
		checkKey(p.updateFields.key, (problem) => t.fail('Update Fields → Key', problem));
	},
	request: (p) => ({ method: 'PATCH', path: apiPath`/custom_attribute_definitions/${p.customAttributeId}`, body: definitionBody(p.updateFields) }),
});
