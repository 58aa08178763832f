import { defineOperation } from '@leadchat/core';
import { contactIdentifierField, contactPath, inboxIdentifierField, type ContactPath } from '../publicInbox/fields';

export const get = defineOperation<ContactPath>({
	resource: 'publicContact',
	operation: 'get',
	name: 'Get',
	action: 'Get a public contact',
	fields: [inboxIdentifierField(), contactIdentifierField()],
	request: (p) => ({ method: 'GET', path: contactPath(p), family: 'public' }),
});
