import { defineOperation, field } from '@leadchat/core';
import { contactIdentifierField, contactPath, inboxIdentifierField, type ContactPath } from '../publicInbox/fields';
import { publicContactBody, publicContactFields, type PublicContactFields } from './fields';

export const update = defineOperation<ContactPath & { updateFields: PublicContactFields }>({
	resource: 'publicContact',
	operation: 'update',
	name: 'Update',
	action: 'Update a public contact',
	fields: [inboxIdentifierField(), contactIdentifierField(), field.collection('updateFields', 'Update Fields', publicContactFields())],
	check(p, tools) {
		if (Object.keys(publicContactBody(p.updateFields)).length === 0) tools.fail('Update Fields', 'needs at least one field');
	},
	request: (p) => ({ method: 'PATCH', path: contactPath(p), family: 'public', body: publicContactBody(p.updateFields) }),
});
