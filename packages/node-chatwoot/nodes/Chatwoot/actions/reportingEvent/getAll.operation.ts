import { defineOperation, field, paging, returnAllOrLimit } from '@leadchat/core';
import { agentOptionField, inboxOptionField, unixTimeField } from '../../descriptions';
import { PAGE_SIZE, readTotalPagesPage } from '../../helpers/lists';
import { enterpriseOnly } from '../../helpers/enterprise';

const EVENT_NAMES = [
	{ name: 'Conversation Bot Handoff', value: 'conversation_bot_handoff' },
	{ name: 'Conversation Bot Resolved', value: 'conversation_bot_resolved' },
	{ name: 'Conversation Opened', value: 'conversation_opened' },
	{ name: 'Conversation Resolved', value: 'conversation_resolved' },
	{ name: 'First Response', value: 'first_response' },
	{ name: 'Reply Time', value: 'reply_time' },
];

export const getAll = defineOperation({
	resource: 'reportingEvent',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many reporting events',
	description: enterpriseOnly('List the events behind the reports (first responses, resolutions, reply times, …) with their durations in seconds'),
	fields: [
		...returnAllOrLimit(),
		field.collection('filters', 'Filters', [
			unixTimeField('since', 'Since'),
			unixTimeField('until', 'Until'),
			inboxOptionField('inboxId', 'Inbox Name or ID'),
			agentOptionField('userId', 'Agent Name or ID'),
			field.options('name', 'Event Name', EVENT_NAMES),
		]),
	],
	check: (p, t) => {
		if (p.filters.inboxId !== undefined && !/^\d+$/.test(p.filters.inboxId)) t.fail('Filters → Inbox Name or ID', 'must be a numeric ID');
		if (p.filters.userId !== undefined && !/^\d+$/.test(p.filters.userId)) t.fail('Filters → Agent Name or ID', 'must be a numeric ID');
	},
	list: {
		request: ({ filters: f }) => ({ method: 'GET', path: '/reporting_events', qs: { since: f.since, until: f.until, inbox_id: f.inboxId, user_id: f.userId, name: f.name } }),
		paging: paging.pageNumber(PAGE_SIZE.reportingEvents),
		read: readTotalPagesPage,
	},
});
