import { apiPath, defineOperation } from '@leadchat/core';
import { attributeFields, conversationField, mergeAttributes } from '../../descriptions';

export const setCustomAttributes = defineOperation({
	resource: 'conversation',
	operation: 'setCustomAttributes',
	name: 'Set Custom Attributes',
	action: 'Replace the custom attributes of a conversation',
	description: 'The conversation ends up with exactly these custom attributes (keys not given are removed)',
	fields: [conversationField(), ...attributeFields('customAttributes', 'Custom Attributes', 'The complete new set of custom attributes, by attribute key.')],
	request: (p) => ({
		method: 'POST',
		path: apiPath`/conversations/${p.conversationId}/custom_attributes`,
		body: { custom_attributes: mergeAttributes(p.customAttributesJson, p.customAttributes) ?? {} },
	}),
});
