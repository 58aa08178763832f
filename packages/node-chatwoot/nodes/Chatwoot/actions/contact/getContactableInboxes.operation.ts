import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { contactField } from '../../descriptions';
import { firstOf, payloadOf } from '../../helpers/lists';

export const getContactableInboxes = defineOperation<{ contactId: string; returnAll: boolean; limit?: number }>({
	resource: 'contact',
	operation: 'getContactableInboxes',
	name: 'Get Contactable Inboxes',
	action: 'Get inboxes that can reach a contact',
	description: 'The inboxes through which a conversation with the contact can be started, with the source ID to use',
	fields: [contactField(), ...returnAllOrLimit()],
	request: (p) => ({ method: 'GET', path: apiPath`/contacts/${p.contactId}/contactable_inboxes` }),
	output: (body, p) => firstOf(payloadOf(body) as any[], p.returnAll, p.limit),
});
