import { apiPath, defineOperation } from '@leadchat/core';
import { visitorField } from '../../descriptions';
import { done } from '../../helpers/output';

export const del = defineOperation({
	resource: 'visitor',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a visitor',
	description: 'Delete the visitor and their chats',
	fields: [visitorField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/visitors/${p.visitorId}` }),
	output: done,
});
