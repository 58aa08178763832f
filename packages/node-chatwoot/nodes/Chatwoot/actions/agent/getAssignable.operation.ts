import { defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { numericIds } from '../../descriptions';

export const getAssignable = defineOperation({
	resource: 'agent',
	operation: 'getAssignable',
	name: 'Get Assignable',
	action: 'Get agents assignable in inboxes',
	description: 'List the agents that can be assigned conversations in all of the chosen inboxes',
	fields: [
		field.multiOptions('inboxIds', 'Inbox Names or IDs', [], {
			loadOptionsMethod: 'getInboxes',
			required: true,
			description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		}),
		...returnAllOrLimit(),
	],
	check: (p, t) => void numericIds(p.inboxIds, 'Inbox Names or IDs', t.fail),
	list: { request: (p) => ({ method: 'GET', path: '/assignable_agents', qs: { inbox_ids: p.inboxIds.map(Number) } }), paging: paging.whole() },
});
