import { defineOperation, field } from '@leadchat/core';
import { businessHoursField, sinceUntilFields } from './helpers';

export const getInboxSummary = defineOperation({
	resource: 'report',
	operation: 'getInboxSummary',
	name: 'Get Inbox Summary',
	action: 'Get the summary report by inbox',
	description: 'Conversations, resolutions and response times for each inbox',
	fields: [...sinceUntilFields(), field.collection('options', 'Options', [businessHoursField()])],
	request: (p) => ({
		method: 'GET',
		path: '/summary_reports/inbox',
		family: 'accountV2',
		qs: { since: p.since, until: p.until, business_hours: p.options.businessHours },
	}),
});
