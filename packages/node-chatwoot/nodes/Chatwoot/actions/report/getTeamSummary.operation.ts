import { defineOperation, field } from '@leadchat/core';
import { businessHoursField, sinceUntilFields } from './helpers';

export const getTeamSummary = defineOperation({
	resource: 'report',
	operation: 'getTeamSummary',
	name: 'Get Team Summary',
	action: 'Get the summary report by team',
	description: 'Conversations, resolutions and response times for each team',
	fields: [...sinceUntilFields(), field.collection('options', 'Options', [businessHoursField()])],
	request: (p) => ({
		method: 'GET',
		path: '/summary_reports/team',
		family: 'accountV2',
		qs: { since: p.since, until: p.until, business_hours: p.options.businessHours },
	}),
});
