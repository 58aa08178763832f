import { defineOperation, field } from '@leadchat/core';
import { contactIdentifierField, contactPath } from '../publicInbox/helpers';
import { publicContactBody, publicContactFields } from './helpers';

export const update = defineOperation({
	resource: 'publicContact',
	operation: 'update',
	name: 'Update',
	action: 'Update a public contact',
	fields: [
		contactIdentifierField(),
		field.collection('updateFields', 'Update Fields', publicContactFields(), { requireOne: 'needs at least one field' }),
	],
	request: (p) => ({ method: 'PATCH', path: contactPath(p), family: 'public', body: publicContactBody(p.updateFields) }),
});
