import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { contactField } from '../../descriptions';
import { firstOf, payloadOf } from '../../helpers/lists';

export const getConversations = defineOperation<{ contactId: string; returnAll: boolean; limit?: number }>({
	resource: 'contact',
	operation: 'getConversations',
	name: 'Get Conversations',
	action: 'Get conversations of a contact',
	description: 'Every conversation of the contact, in any inbox and status',
	fields: [contactField(), ...returnAllOrLimit()],
	request: (p) => ({ method: 'GET', path: apiPath`/contacts/${p.contactId}/conversations` }),
	output: (body, p) => firstOf(payloadOf(body) as any[], p.returnAll, p.limit),
});
