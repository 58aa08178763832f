import type { IDataObject } from 'n8n-workflow';
import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { contactIdentifierField, contactPath, inboxIdentifierField, type ContactPath } from '../publicInbox/fields';

export const getAll = defineOperation<ContactPath & { returnAll: boolean; limit?: number }>({
	resource: 'publicConversation',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many public conversations',
	description: "List the contact's conversations in the inbox (the server sends the whole list at once)",
	fields: [inboxIdentifierField(), contactIdentifierField(), ...returnAllOrLimit()],
	request: (p) => ({ method: 'GET', path: `${contactPath(p)}/conversations`, family: 'public' }),
	output: (body: unknown, p) => {
		const list = (Array.isArray(body) ? body : []) as IDataObject[];
		return p.returnAll ? list : list.slice(0, p.limit ?? 50);
	},
});
