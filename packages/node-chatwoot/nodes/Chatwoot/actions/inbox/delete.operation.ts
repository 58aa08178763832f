import { apiPath, defineOperation } from '@leadchat/core';
import { inboxField } from '../../descriptions';

export const deleteInbox = defineOperation({
	resource: 'inbox',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete an inbox',
	description: 'Delete an inbox with its conversations (the server finishes the deletion in the background)',
	fields: [inboxField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/inboxes/${p.inboxId}` }),
});
