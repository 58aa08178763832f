import { defineOperation, field } from '@leadchat/core';
import { liveReportFilters, liveReportQuery } from './helpers';

export const getLiveConversationMetrics = defineOperation({
	resource: 'report',
	operation: 'getLiveConversationMetrics',
	name: 'Get Live Conversation Metrics',
	action: 'Get the live conversation counts',
	description: 'Conversations open, unattended, unassigned, pending and resolved right now (the live view of the reports page)',
	fields: [field.collection('filters', 'Filters', liveReportFilters())],
	check: (p, t) => liveReportQuery(p.filters, t.fail),
	request: (p) => ({ method: 'GET', path: '/live_reports/conversation_metrics', family: 'accountV2', qs: liveReportQuery(p.filters, () => undefined as never) }),
});
