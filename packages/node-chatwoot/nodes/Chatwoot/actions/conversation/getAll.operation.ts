import { defineOperation, field, paging, refuse, returnAllOrLimit } from '@leadchat/core';
import { PAGE_SIZE, readConversationPage } from '../../helpers/lists';
import { ASSIGNEE_TYPES, listFilterFields, listFilterQuery, SORTS, STATUS_FILTERS } from './helpers';

export const getAll = defineOperation({
	resource: 'conversation',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many conversations',
	description: 'List conversations by status, assignee, inbox, team and labels (25 per page on the server)',
	fields: [
		field.options('status', 'Status', STATUS_FILTERS, { required: true, default: 'open' }),
		field.options('assigneeType', 'Assignee', ASSIGNEE_TYPES, { required: true, default: 'all' }),
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
	// The order shifts while pages are read (activity moves conversations up): each is kept once.
	list: {
		request: ({ status, assigneeType, filters: f }) => ({
			method: 'GET',
			path: '/conversations',
			qs: {
				status,
				assignee_type: assigneeType,
				...listFilterQuery(f, refuse, 'Filters'),
				sort_by: f.sortBy,
				conversation_type: f.conversationType,
			},
		}),
		paging: paging.pageNumber(PAGE_SIZE.conversations),
		read: (body, p) => readConversationPage(p.assigneeType)(body),
	},
});
