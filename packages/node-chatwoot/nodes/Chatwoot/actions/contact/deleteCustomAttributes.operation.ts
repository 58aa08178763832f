import { apiPath, defineOperation, field } from '@leadchat/core';
import { contactField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';

export const deleteCustomAttributes = defineOperation({
	resource: 'contact',
	operation: 'deleteCustomAttributes',
	name: 'Delete Custom Attributes',
	action: 'Delete custom attributes of a contact',
	description: 'Remove the given custom attribute keys from the contact (the others are kept)',
	fields: [
		contactField(),
		field.stringList('keys', 'Attribute Keys', { required: true, placeholder: 'e.g. plan, signup_source', description: 'Keys of the custom attributes to remove, separated by commas' }),
	],
	request: (p) => ({ method: 'POST', path: apiPath`/contacts/${p.contactId}/destroy_custom_attributes`, body: { custom_attributes: p.keys } }),
	output: payloadOf,
});
