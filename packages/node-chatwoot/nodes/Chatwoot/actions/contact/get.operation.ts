import { apiPath, defineOperation } from '@leadchat/core';
import { contactField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';

export const get = defineOperation({
	resource: 'contact',
	operation: 'get',
	name: 'Get',
	action: 'Get a contact',
	fields: [contactField()],
	request: (p) => ({ method: 'GET', path: apiPath`/contacts/${p.contactId}` }),
	output: payloadOf,
});
