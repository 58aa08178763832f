import { defineOperation, field, returnAllOrLimit } from '@leadchat/core';
import { readConversationPage } from '../../helpers/lists';
import { PAGE_SIZE, collectPages } from '../../transport';
import { ASSIGNEE_TYPES, listFilterFields, listFilterQuery, SORTS, STATUS_FILTERS, type ListFilters } from './conversationFields';

type Params = { status?: string; assigneeType?: string; returnAll: boolean; limit?: number; filters: ListFilters & { sortBy?: string; conversationType?: string } };

export const getAll = defineOperation<Params>({
	resource: 'conversation',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many conversations',
	description: 'List conversations by status, assignee, inbox, team and labels (25 per page on the server)',
	fields: [
		field.options('status', 'Status', STATUS_FILTERS, { default: 'open' }),
		field.options('assigneeType', 'Assignee', ASSIGNEE_TYPES, { default: 'all' }),
		...returnAllOrLimit(),
		field.collection('filters', 'Filters', [
			...listFilterFields(),
			field.options('sortBy', 'Sort By', SORTS, { default: 'last_activity_at_desc' }),
			field.options(
				'conversationType',
				'Conversation Type',
				[
					{ name: 'Mentioning Me', value: 'mention', description: 'Conversations where the user of the credential was mentioned' },
					{ name: 'Participating', value: 'participating', description: 'Conversations the user of the credential takes part in' },
					{ name: 'Unattended', value: 'unattended', description: 'Conversations waiting for a first reply or a reply' },
				],
				{ default: 'mention' },
			),
		]),
	],
	async execute(p, tools, i) {
		const f = p.filters;
		const qs = {
			status: p.status ?? 'open',
			assignee_type: p.assigneeType ?? 'all',
			...listFilterQuery(f, tools.fail, 'Filters'),
			sort_by: f.sortBy,
			conversation_type: f.conversationType,
		};
		// The order shifts while pages are read (activity moves conversations up): keep each once.
		return collectPages.call(this, { method: 'GET', path: '/conversations', qs }, i, PAGE_SIZE.conversations, readConversationPage(qs.assignee_type), p);
	},
});
