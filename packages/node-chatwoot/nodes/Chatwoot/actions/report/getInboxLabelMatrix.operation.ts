import { defineOperation, field } from '@leadchat/core';
import { numericIds } from '../../descriptions';
import { sinceUntilFields } from './helpers';

export const getInboxLabelMatrix = defineOperation({
	resource: 'report',
	operation: 'getInboxLabelMatrix',
	name: 'Get Inbox Label Matrix',
	action: 'Get the inbox-label matrix',
	description: 'Conversation counts for each inbox and label pair',
	fields: [
		...sinceUntilFields(),
		field.collection('options', 'Options', [
			field.multiOptions('inboxIds', 'Inbox Names or IDs', [], {
				loadOptionsMethod: 'getInboxes',
				description: 'Only these inboxes. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			}),
			field.multiOptions('labelIds', 'Label Names or IDs', [], {
				loadOptionsMethod: 'getLabelIds',
				description: 'Only these labels. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			}),
		]),
	],
	check: (p, t) => {
		numericIds(p.options.inboxIds, 'Options → Inbox Names or IDs', t.fail);
		numericIds(p.options.labelIds, 'Options → Label Names or IDs', t.fail);
	},
	request: (p) => ({
		method: 'GET',
		path: '/reports/inbox_label_matrix',
		family: 'accountV2',
		qs: {
			since: p.since,
			until: p.until,
			inbox_ids: p.options.inboxIds?.length ? p.options.inboxIds.map(Number) : undefined,
			label_ids: p.options.labelIds?.length ? p.options.labelIds.map(Number) : undefined,
		},
	}),
});
