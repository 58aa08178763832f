import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { contactIdField } from '../../descriptions';
import { wholeList } from '../../transport';

export const getNotes = defineOperation<{ contactId: string; returnAll: boolean; limit?: number }>({
	resource: 'contact',
	operation: 'getNotes',
	name: 'Get Notes',
	action: 'Get notes of a contact',
	description: 'The internal notes of a lead',
	fields: [contactIdField, ...returnAllOrLimit(1000, 50)],
	execute(p, _tools, itemIndex) {
		return wholeList.call(this, apiPath`/contacts/${p.contactId}/notes`, p.returnAll, p.limit, itemIndex);
	},
});
