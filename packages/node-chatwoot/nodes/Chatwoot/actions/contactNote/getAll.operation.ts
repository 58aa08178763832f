import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { contactField } from '../../descriptions';
import { firstOf, payloadOf } from '../../helpers/lists';

export const getAll = defineOperation<{ contactId: string; returnAll: boolean; limit?: number }>({
	resource: 'contactNote',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many notes of a contact',
	description: 'The notes of a contact, newest first',
	fields: [contactField(), ...returnAllOrLimit()],
	request: (p) => ({ method: 'GET', path: apiPath`/contacts/${p.contactId}/notes` }),
	output: (body, p) => firstOf(payloadOf(body) as any[], p.returnAll, p.limit),
});
