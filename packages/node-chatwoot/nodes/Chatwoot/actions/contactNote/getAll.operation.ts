import { apiPath, defineOperation, paging, returnAllOrLimit } from '@leadchat/core';
import { contactField } from '../../descriptions';

export const getAll = defineOperation({
	resource: 'contactNote',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many notes of a contact',
	description: 'The notes of a contact, newest first',
	fields: [contactField(), ...returnAllOrLimit()],
	list: { request: (p) => ({ method: 'GET', path: apiPath`/contacts/${p.contactId}/notes` }), paging: paging.whole() },
});
