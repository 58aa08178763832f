import { apiPath, defineOperation } from '@leadchat/core';
import { inboxField } from '../../descriptions';
import { written } from '../../helpers/output';

export const deleteInbox = defineOperation({
	resource: 'inbox',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete an inbox',
	description: 'Its conversations go back to the main inbox',
	fields: [inboxField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/inbox/${p.inboxId}` }),
	output: written,
});
