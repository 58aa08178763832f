import { defineOperation, field } from '@leadchat/core';
import { written } from '../../helpers/output';

export const reorder = defineOperation({
	resource: 'inbox',
	operation: 'reorder',
	name: 'Reorder',
	action: 'Reorder inboxes',
	description: 'Set the order of inboxes in one request: the first ID given comes first',
	fields: [field.stringList('inboxIds', 'Inbox IDs', { required: true, placeholder: 'e.g. 3f1c…, 9a2b…', description: 'Inbox IDs in the order wanted' })],
	check(p, tools) {
		const twice = p.inboxIds.find((id, i) => p.inboxIds.indexOf(id) !== i);
		if (twice !== undefined) tools.fail('Inbox IDs', `has "${twice}" twice`);
	},
	request: (p) => ({ method: 'PATCH', path: '/inboxes/batch/order', body: { orders: p.inboxIds.map((inbox_id, i) => ({ inbox_id, order: i + 1 })) } }),
	output: written,
});
