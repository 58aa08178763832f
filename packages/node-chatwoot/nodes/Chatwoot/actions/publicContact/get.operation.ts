import { defineOperation } from '@leadchat/core';
import { contactIdentifierField, contactPath } from '../publicInbox/helpers';

export const get = defineOperation({
	resource: 'publicContact',
	operation: 'get',
	name: 'Get',
	action: 'Get a public contact',
	fields: [contactIdentifierField()],
	request: (p) => ({ method: 'GET', path: contactPath(p), family: 'public' }),
});
