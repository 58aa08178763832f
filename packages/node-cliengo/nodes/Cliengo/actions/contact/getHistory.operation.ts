import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { contactIdField } from '../../descriptions';
import { wholeList } from '../../transport';

export const getHistory = defineOperation<{ contactId: string; returnAll: boolean; limit?: number }>({
	resource: 'contact',
	operation: 'getHistory',
	name: 'Get History',
	action: 'Get the history of a contact',
	description: 'Status changes, assignments, notes and tags of a lead, oldest first',
	fields: [contactIdField, ...returnAllOrLimit(1000, 50)],
	execute(p, _tools, itemIndex) {
		return wholeList.call(this, apiPath`/contacts/${p.contactId}/history`, p.returnAll, p.limit, itemIndex);
	},
});
