import { apiPath, defineOperation } from '@leadchat/core';
import { contactIdField } from '../../descriptions';

export const get = defineOperation({
	resource: 'contact',
	operation: 'get',
	name: 'Get',
	action: 'Get a contact',
	description: 'Get one lead by its ID',
	fields: [contactIdField],
	request: (p) => ({ method: 'GET', path: apiPath`/contacts/${p.contactId}` }),
});
