import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { contactIdField } from '../../descriptions';
import { wholeList } from '../../transport';

export const getMessages = defineOperation<{ contactId: string; returnAll: boolean; limit?: number }>({
	resource: 'contact',
	operation: 'getMessages',
	name: 'Get Messages',
	action: 'Get messages of a contact',
	description: 'The messages exchanged with a lead',
	fields: [contactIdField, ...returnAllOrLimit(1000, 50)],
	execute(p, _tools, itemIndex) {
		return wholeList.call(this, apiPath`/contacts/${p.contactId}/messages`, p.returnAll, p.limit, itemIndex);
	},
});
