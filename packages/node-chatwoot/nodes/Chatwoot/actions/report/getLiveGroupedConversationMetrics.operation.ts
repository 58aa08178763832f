import type { IDataObject } from 'n8n-workflow';
import { defineOperation, field } from '@leadchat/core';
import { liveReportFilters, liveReportQuery } from './helpers';

export const getLiveGroupedConversationMetrics = defineOperation({
	resource: 'report',
	operation: 'getLiveGroupedConversationMetrics',
	name: 'Get Live Conversation Metrics by Group',
	action: 'Get the live conversation counts by team or agent',
	description: 'Open, unattended and unassigned conversations right now, one item per team or per agent',
	fields: [
		field.options(
			'groupBy',
			'Group By',
			[
				{ name: 'Agent', value: 'assignee_id' },
				{ name: 'Team', value: 'team_id' },
			],
			{ required: true, default: 'team_id' },
		),
		field.collection('filters', 'Filters', liveReportFilters()),
	],
	check: (p, t) => liveReportQuery(p.filters, t.fail),
	request: (p) => ({
		method: 'GET',
		path: '/live_reports/grouped_conversation_metrics',
		family: 'accountV2',
		qs: { group_by: p.groupBy, ...liveReportQuery(p.filters, () => undefined as never) },
	}),
	// A bare array of groups (no envelope); an empty account gives no items.
	output: (body) => (Array.isArray(body) ? (body as IDataObject[]) : []),
});
