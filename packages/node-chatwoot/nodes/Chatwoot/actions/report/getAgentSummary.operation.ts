import { defineOperation, field } from '@leadchat/core';
import { businessHoursField, sinceUntilFields } from './helpers';

export const getAgentSummary = defineOperation({
	resource: 'report',
	operation: 'getAgentSummary',
	name: 'Get Agent Summary',
	action: 'Get the summary report by agent',
	description: 'Conversations, resolutions and response times for each agent',
	fields: [...sinceUntilFields(), field.collection('options', 'Options', [businessHoursField()])],
	request: (p) => ({
		method: 'GET',
		path: '/summary_reports/agent',
		family: 'accountV2',
		qs: { since: p.since, until: p.until, business_hours: p.options.businessHours },
	}),
});
